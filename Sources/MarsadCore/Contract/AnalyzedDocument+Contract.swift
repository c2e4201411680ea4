import MarsadText

extension AnalyzedDocument {
    /// The name and version of the JSON contract this module writes.
    public static let schema = "marsad.document/1"

    /// The document as a `marsad.document/1` JSON object (docs/FORMAT.md): keys sorted, arrays
    /// in document order, every layer present.
    public func contractJSON(pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: document.text.utf8.count * 3 + 4096)
        write(to: &w)
        return w.bytes
    }

    /// Writes the contract object to `w`.
    public func write(to w: inout JSONWriter) {
        let d = document, a = annotations
        func spanObject(_ w: inout JSONWriter, _ span: Span) {
            w.object { w in
                w.key("end"); w.int(span.end)
                w.key("start"); w.int(span.start)
                w.key("text"); w.string(scalars: d.scalars[span.range])
            }
        }
        func ids(_ w: inout JSONWriter, _ list: [String]) { w.array(list) { w, id in w.string(id) } }
        func agents(_ w: inout JSONWriter, _ list: [Agent]) {
            w.array(list) { w, agent in
                w.object { w in
                    w.key("cameo"); w.string(agent.cameo)
                    w.key("end"); w.int(agent.span.end)
                    w.key("label"); w.string(agent.label)
                    w.key("start"); w.int(agent.span.start)
                    w.key("text"); w.string(scalars: d.scalars[agent.span.range])
                }
            }
        }

        w.object { w in
            w.key("agreements")
            w.array(a.agreements) { w, g in
                w.object { w in
                    w.key("date"); w.string(g.date)
                    w.key("date_role"); w.string(g.dateRole?.rawValue)
                    w.key("id"); w.string(g.id)
                    w.key("mediators"); ids(&w, g.mediators)
                    w.key("mentions"); w.array(g.mentions) { w, m in spanObject(&w, m) }
                    w.key("name"); w.string(g.name)
                    w.key("name_ar"); w.string(g.nameAr)
                    w.key("parties"); ids(&w, g.parties)
                    w.key("party_agents"); agents(&w, g.partyAgents)
                    w.key("provisions")
                    w.array(g.provisions) { w, p in
                        w.object { w in
                            w.key("end"); w.int(p.span.end)
                            w.key("kind"); w.string(p.kind)
                            w.key("start"); w.int(p.span.start)
                            w.key("text"); w.string(scalars: d.scalars[p.span.range])
                        }
                    }
                }
            }
            w.key("entities")
            w.array(a.entities) { w, e in
                w.object { w in
                    w.key("cameo"); w.string(e.cameo)
                    w.key("country"); w.string(e.country)
                    w.key("id"); w.string(e.id)
                    w.key("mentions"); w.array(e.mentions) { w, m in spanObject(&w, m) }
                    w.key("name"); w.string(e.name)
                    w.key("name_ar"); w.string(e.nameAr)
                    w.key("roles")
                    w.array(e.roles) { w, r in
                        w.object { w in
                            w.key("of"); w.string(r.of)
                            w.key("title"); w.string(r.title)
                            w.key("title_en"); w.string(r.titleEn)
                        }
                    }
                    w.key("type"); w.string(e.type.rawValue)
                }
            }
            w.key("events")
            w.array(a.events) { w, e in
                w.object { w in
                    w.key("cameo"); w.string(e.cameo)
                    w.key("confidence"); w.fraction(e.confidence)
                    w.key("date"); w.string(e.date)
                    w.key("evidence"); w.array(e.evidence) { w, m in spanObject(&w, m) }
                    w.key("id"); w.string(e.id)
                    w.key("location"); w.string(e.location)
                    w.key("modality"); w.string(e.modality.rawValue)
                    w.key("plover")
                    w.object { w in
                        w.key("mode"); w.string(e.plover.mode)
                        w.key("type"); w.string(e.plover.type)
                    }
                    w.key("sentence")
                    w.object { w in
                        w.key("end"); w.int(e.sentence.end)
                        w.key("start"); w.int(e.sentence.start)
                    }
                    w.key("source"); ids(&w, e.source)
                    w.key("source_agents"); agents(&w, e.sourceAgents)
                    w.key("target"); ids(&w, e.target)
                    w.key("target_agents"); agents(&w, e.targetAgents)
                    w.key("trigger"); spanObject(&w, e.trigger)
                }
            }
            w.key("id"); w.string(d.id)
            w.key("language"); w.string("ar")
            w.key("metadata")
            w.object { w in
                w.key("dateline")
                if let span = d.metadata.dateline { spanObject(&w, span) } else { w.null() }
                w.key("outlets")
                w.array(d.metadata.outlets) { w, o in
                    w.object { w in
                        w.key("mention")
                        if let span = o.span { spanObject(&w, span) } else { w.null() }
                        w.key("name"); w.string(o.name)
                        w.key("name_en"); w.string(o.nameEn)
                        w.key("role"); w.string(o.role.rawValue)
                    }
                }
                w.key("published"); w.string(d.metadata.published?.iso)
                w.key("title"); w.string(d.metadata.title)
                w.key("url"); w.string(d.metadata.url)
            }
            w.key("quotes")
            w.array(a.quotes) { w, q in
                w.object { w in
                    w.key("cue")
                    if let cue = q.cue { spanObject(&w, cue) } else { w.null() }
                    w.key("end"); w.int(q.span.end)
                    w.key("kind"); w.string(q.kind.rawValue)
                    w.key("speaker"); w.string(q.speaker)
                    w.key("start"); w.int(q.span.start)
                    w.key("text"); w.string(scalars: d.scalars[q.span.range])
                }
            }
            w.key("schema"); w.string(Self.schema)
            w.key("sentences")
            w.array(d.sentences) { w, s in
                w.object { w in
                    w.key("end"); w.int(s.end)
                    w.key("start"); w.int(s.start)
                }
            }
            w.key("text"); w.string(d.text)
            w.key("times")
            w.array(a.times) { w, t in
                w.object { w in
                    w.key("anchor"); w.string(t.anchor.rawValue)
                    w.key("end"); w.int(t.span.end)
                    w.key("end_value"); w.string(t.endValue)
                    w.key("kind"); w.string(t.kind.rawValue)
                    w.key("start"); w.int(t.span.start)
                    w.key("text"); w.string(scalars: d.scalars[t.span.range])
                    w.key("value"); w.string(t.value)
                }
            }
            w.key("warnings"); w.array(d.warnings + a.warnings) { w, s in w.string(s) }
        }
    }
}
