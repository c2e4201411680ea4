print("marsad-bench: not yet written")
