//! Synthetic registers for benchmarks and the memory measurement: chains of
//! whole replacements, partial replacements across chains, concretizations,
//! and one long chain for lineage.
#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use styrdok_core::{DateValue, DocumentId, DocumentKind};
use styrdok_graph::{DocumentGraph, Edge, EdgeKind, Node};

/// Length of the long chain (chain 0).
pub(crate) const LONG: usize = 1000;
/// Length of every other chain.
pub(crate) const CHAIN: usize = 10;

pub(crate) fn doc_id(chain: usize, i: usize) -> DocumentId {
    format!("org{}/c{chain}-d{i}", chain % 100)
        .parse()
        .expect("a valid id")
}

/// A graph of `n` documents.
pub(crate) fn graph(n: usize) -> DocumentGraph {
    let base = NaiveDate::from_ymd_opt(1990, 1, 1).expect("a date");
    let mut nodes = Vec::with_capacity(n);
    let mut edges = Vec::with_capacity(n + n / 5);
    let mut made = 0usize;
    let mut chain = 0usize;
    let sections: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
    while made < n {
        let len = if chain == 0 {
            LONG.min(n)
        } else {
            CHAIN.min(n - made)
        };
        for i in 0..len {
            let id = doc_id(chain, i);
            let mut node = Node::missing(id.clone());
            node.missing = false;
            node.kind = if i.is_multiple_of(2) {
                DocumentKind::Policy
            } else {
                DocumentKind::Riktlinje
            };
            node.title = Some(format!("Dokument {chain}:{i}"));
            let day = base + Days::new((i as u64) * 30 + (chain as u64 % 365));
            node.decision_date = DateValue::day(day).expect("a day in 0001-9999");
            node.entry_into_force = node.decision_date;
            node.sections = sections.clone();
            nodes.push(node);
            if i > 0 {
                edges.push((
                    id.clone(),
                    doc_id(chain, i - 1),
                    Edge::new(EdgeKind::Replaces, id.clone()),
                ));
            }
            if chain > 1 && i == 5 && chain.is_multiple_of(3) {
                let mut e = Edge::new(EdgeKind::ReplacesInPart, id.clone());
                e.sections = vec!["2".into()];
                edges.push((id.clone(), doc_id(chain - 1, 4), e));
            }
            if chain > 1 && i == 7 && chain.is_multiple_of(2) {
                edges.push((
                    id.clone(),
                    doc_id(chain - 1, 6),
                    Edge::new(EdgeKind::Concretizes, id.clone()),
                ));
            }
        }
        made += len;
        chain += 1;
    }
    DocumentGraph::from_parts(nodes, edges)
}
