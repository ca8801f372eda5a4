//! The graph: nodes, normalized edges, the acyclic supersession invariant.

use schemars::JsonSchema;
use std::collections::{HashMap, VecDeque};

use petgraph::Direction;
use petgraph::acyclic::{Acyclic, AcyclicEdgeError};
use petgraph::data::Build;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};
use styrdok_core::{BodyKind, DateValue, Diagnostic, DocumentId, DocumentKind, OrgId, PartyId};
use styrdok_model::{Document, Stage};

use crate::codes;
use crate::edge::{Edge, EdgeKind};
use crate::error::GraphError;

/// What the graph keeps of a document: what status, checks and export need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Node {
    /// The document id.
    pub id: DocumentId,
    /// Title as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Kind.
    pub kind: DocumentKind,
    /// Organisation.
    pub organisation: OrgId,
    /// Stage of the decision; left out when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// Beslutsdatum.
    pub decision_date: DateValue,
    /// Effective entry into force (the decision date when none is stated).
    pub entry_into_force: DateValue,
    /// The last day of validity, when limited.
    pub valid_until: DateValue,
    /// Section ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<String>,
    /// The adopting body or role id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub adopted_by: Option<PartyId>,
    /// The adopter's body kind, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopter_kind: Option<BodyKind>,
    /// Known only from a citation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stub: bool,
    /// Not in the register at all: only the target of a relation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub missing: bool,
}

impl Node {
    /// The node of a document.
    pub fn from_document(doc: &Document) -> Self {
        Node {
            id: doc.id.clone(),
            title: doc.title.clone(),
            kind: doc.kind.clone(),
            organisation: doc.org(),
            stage: doc.stage,
            decision_date: doc.decision_date,
            entry_into_force: doc.effective_entry_into_force().value,
            valid_until: doc.valid_until(),
            sections: doc.sections.iter().map(|s| s.id.clone()).collect(),
            adopted_by: doc.adopted_by.clone(),
            adopter_kind: doc.adopter_kind,
            stub: doc.is_stub(),
            missing: false,
        }
    }

    /// A node for an id the register does not hold.
    pub fn missing(id: DocumentId) -> Self {
        Node {
            organisation: id.organisation(),
            id,
            title: None,
            kind: DocumentKind::Other,
            stage: None,
            decision_date: DateValue::Unknown,
            entry_into_force: DateValue::Unknown,
            valid_until: DateValue::Unknown,
            sections: Vec::new(),
            adopted_by: None,
            adopter_kind: None,
            stub: false,
            missing: true,
        }
    }

    /// "“Title” (id)", or the id alone.
    pub fn label(&self) -> String {
        match &self.title {
            Some(t) => format!("“{t}” ({})", self.id),
            None => self.id.to_string(),
        }
    }
}

/// The document graph: one node per document (plus one per dangling
/// target), one normalized edge per relation, and the invariant that the
/// supersession edges (replaces, replaces in part, repeals, amends) form no
/// cycle — an edge that would close one is refused.
///
/// Documents are indexed by id in a `HashMap`, so a lookup is O(1) and the
/// status of one document is O(its in-degree).
#[derive(Debug, Clone)]
pub struct DocumentGraph {
    graph: DiGraph<Node, Edge>,
    /// The supersession edges on the same node indices, kept acyclic.
    supersession: Acyclic<DiGraph<(), ()>>,
    index: HashMap<DocumentId, NodeIndex>,
    /// The documents (not missing nodes) of each organisation, so queries
    /// for one organisation do not scan the whole graph.
    by_org: HashMap<OrgId, Vec<NodeIndex>>,
    diagnostics: Vec<Diagnostic>,
}

impl Default for DocumentGraph {
    fn default() -> Self {
        Self::new()
    }
}

impl DocumentGraph {
    /// An empty graph.
    pub fn new() -> Self {
        DocumentGraph {
            graph: DiGraph::new(),
            supersession: Acyclic::new(),
            index: HashMap::new(),
            by_org: HashMap::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Builds the graph of a set of documents.
    ///
    /// Documents are taken in id order, and each document's relations in
    /// the order written, so the result does not depend on the input order.
    /// Problems found while building — a refused cycle (SD401), a dangling
    /// target (SD406), a duplicate id (SD409) — are kept and returned by
    /// [`DocumentGraph::build_diagnostics`]; building never fails.
    pub fn build<'a>(documents: impl IntoIterator<Item = &'a Document>) -> Self {
        let mut docs: Vec<&Document> = documents.into_iter().collect();
        docs.sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges: Vec<(DocumentId, DocumentId, Edge)> = Vec::new();
        for doc in &docs {
            for rel in &doc.relations {
                let Some((kind, flip)) = EdgeKind::from_relation(rel.kind) else {
                    continue;
                };
                let subject = rel.subject_or(&doc.id);
                let many = rel.target.is_none() && !rel.candidates.is_empty();
                for target in rel.targets() {
                    let (from, to) = if flip {
                        (target.clone(), subject.clone())
                    } else {
                        (subject.clone(), target.clone())
                    };
                    let mut edge = Edge::new(kind, doc.id.clone());
                    edge.sections = rel.sections.clone();
                    edge.stated_in = rel.stated_in.clone();
                    edge.statement = rel.statement.clone();
                    edge.announced = rel.announced;
                    edge.unresolved = many || rel.target.as_ref() != Some(target);
                    edges.push((from, to, edge));
                }
            }
        }
        Self::assemble(docs.into_iter().map(Node::from_document).collect(), edges)
    }

    /// Builds a graph from nodes and normalized edges (from, to, edge), e.g.
    /// read back from the JSON export or generated. Nodes are taken in id
    /// order, edges in the order given; an edge endpoint that is no node
    /// becomes a missing node (SD406), a duplicate id is dropped (SD409), an
    /// edge closing a cycle is refused (SD401).
    pub fn from_parts(
        nodes: impl IntoIterator<Item = Node>,
        edges: impl IntoIterator<Item = (DocumentId, DocumentId, Edge)>,
    ) -> Self {
        let mut nodes: Vec<Node> = nodes.into_iter().collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        Self::assemble(nodes, edges.into_iter().collect())
    }

    fn assemble(nodes: Vec<Node>, edges: Vec<(DocumentId, DocumentId, Edge)>) -> Self {
        let mut g = DocumentGraph::new();
        g.graph = DiGraph::with_capacity(nodes.len(), edges.len());
        g.index.reserve(nodes.len());
        for node in nodes {
            if g.index.contains_key(&node.id) {
                g.diagnostics.push(
                    Diagnostic::error(
                        codes::DUPLICATE_ID,
                        format!(
                            "the id {} is used by more than one document; only the first is in the graph",
                            node.id
                        ),
                    )
                    .about(&node.id),
                );
                continue;
            }
            let id = node.id.clone();
            let org = node.organisation.clone();
            let ix = g.graph.add_node(node);
            g.index.insert(id, ix);
            g.by_org.entry(org).or_default().push(ix);
        }
        let mut pending: Vec<(NodeIndex, NodeIndex, Edge)> = Vec::with_capacity(edges.len());
        for (from, to, edge) in edges {
            let a = g.node_or_missing(&from, &edge.stated_by);
            let b = g.node_or_missing(&to, &edge.stated_by);
            pending.push((a, b, edge));
        }
        // Fast path: all supersession edges at once (one topological sort).
        let mut plain: DiGraph<(), ()> =
            DiGraph::with_capacity(g.graph.node_count(), pending.len());
        for _ in 0..g.graph.node_count() {
            plain.add_node(());
        }
        for (a, b, e) in &pending {
            if e.kind.is_supersession() && e.is_effective() {
                plain.add_edge(*a, *b, ());
            }
        }
        match Acyclic::try_from(plain) {
            Ok(acyclic) => {
                g.supersession = acyclic;
                for (a, b, e) in pending {
                    g.graph.add_edge(a, b, e);
                }
            }
            Err(_) => {
                // Slow path: insert one by one, refusing the edges that close a cycle.
                let mut acyclic: Acyclic<DiGraph<(), ()>> = Acyclic::new();
                for _ in 0..g.graph.node_count() {
                    Build::add_node(&mut acyclic, ());
                }
                g.supersession = acyclic;
                for (a, b, e) in pending {
                    if let Err(err) = g.insert(a, b, e) {
                        g.diagnostics.push(cycle_diagnostic(&err));
                    }
                }
            }
        }
        g
    }

    fn node_or_missing(&mut self, id: &DocumentId, stated_by: &DocumentId) -> NodeIndex {
        if let Some(ix) = self.index.get(id) {
            return *ix;
        }
        let ix = self.graph.add_node(Node::missing(id.clone()));
        self.index.insert(id.clone(), ix);
        self.diagnostics.push(
            Diagnostic::error(
                codes::DANGLING_TARGET,
                format!("{stated_by} names {id}, which is not in the register"),
            )
            .about(stated_by)
            .about(id),
        );
        ix
    }

    /// Adds a document that is not yet in the graph (its relations are not
    /// read: add them with [`DocumentGraph::try_add_edge`]).
    ///
    /// # Errors
    ///
    /// None at present: the result is always `Ok`. A node whose id is already
    /// in the graph replaces it only when that one is a missing placeholder,
    /// and is otherwise ignored.
    pub fn add_node(&mut self, node: Node) -> Result<(), GraphError> {
        if let Some(&ix) = self.index.get(&node.id) {
            if let Some(slot) = self.graph.node_weight_mut(ix)
                && slot.missing
            {
                self.by_org
                    .entry(node.organisation.clone())
                    .or_default()
                    .push(ix);
                *slot = node;
            }
            return Ok(());
        }
        let id = node.id.clone();
        let org = node.organisation.clone();
        let ix = self.graph.add_node(node);
        self.by_org.entry(org).or_default().push(ix);
        while self.supersession.node_count() < self.graph.node_count() {
            Build::add_node(&mut self.supersession, ());
        }
        self.index.insert(id, ix);
        Ok(())
    }

    /// Adds an edge between two documents of the graph. A supersession edge
    /// that would close a cycle is refused with [`GraphError::Cycle`], naming
    /// the cycle; the graph is then unchanged.
    ///
    /// # Errors
    /// [`GraphError::UnknownDocument`] when an end is not in the graph;
    /// [`GraphError::Cycle`] when the edge would close a supersession cycle.
    pub fn try_add_edge(
        &mut self,
        from: &DocumentId,
        to: &DocumentId,
        edge: Edge,
    ) -> Result<(), GraphError> {
        let a = self.ix(from)?;
        let b = self.ix(to)?;
        self.insert(a, b, edge)
    }

    fn insert(&mut self, a: NodeIndex, b: NodeIndex, edge: Edge) -> Result<(), GraphError> {
        if edge.kind.is_supersession() && edge.is_effective() {
            match self.supersession.try_add_edge(a, b, ()) {
                Ok(_) => {}
                Err(AcyclicEdgeError::Cycle(_)) | Err(AcyclicEdgeError::SelfLoop) => {
                    return Err(GraphError::Cycle {
                        from: self.graph[a].id.clone(),
                        to: self.graph[b].id.clone(),
                        cycle: self.cycle_through(a, b),
                    });
                }
                Err(AcyclicEdgeError::InvalidEdge) => {}
            }
        }
        self.graph.add_edge(a, b, edge);
        Ok(())
    }

    /// The cycle an edge a -> b would close: a, b, …, a (a shortest path
    /// from b back to a over supersession edges).
    fn cycle_through(&self, a: NodeIndex, b: NodeIndex) -> Vec<DocumentId> {
        let inner = self.supersession.inner();
        let mut prev: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = VecDeque::from([b]);
        let mut found = a == b;
        while let Some(n) = queue.pop_front() {
            if n == a {
                found = true;
                break;
            }
            for m in inner.neighbors_directed(n, Direction::Outgoing) {
                if m != b && !prev.contains_key(&m) {
                    prev.insert(m, n);
                    queue.push_back(m);
                }
            }
        }
        let mut path = vec![a];
        if found && a != b {
            let mut back = vec![];
            let mut cur = a;
            while cur != b {
                let Some(&p) = prev.get(&cur) else { break };
                back.push(p);
                cur = p;
            }
            back.reverse();
            path.extend(back);
        }
        path.push(a);
        path.into_iter().map(|n| self.graph[n].id.clone()).collect()
    }

    pub(crate) fn ix(&self, id: &DocumentId) -> Result<NodeIndex, GraphError> {
        self.index
            .get(id)
            .copied()
            .ok_or_else(|| GraphError::UnknownDocument { id: id.clone() })
    }

    /// The node of a document.
    pub fn node(&self, id: &DocumentId) -> Option<&Node> {
        self.index.get(id).map(|&ix| &self.graph[ix])
    }

    /// Whether the graph holds this id.
    pub fn contains(&self, id: &DocumentId) -> bool {
        self.index.contains_key(id)
    }

    /// Every node, in insertion order (id order after [`DocumentGraph::build`]).
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// The number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// The number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Every edge as (from, to, edge), in insertion order.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Node, &Edge)> {
        self.graph
            .edge_references()
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
    }

    /// Edges pointing at a document: (the acting document, the edge).
    pub fn incoming(&self, id: &DocumentId) -> Vec<(&Node, &Edge)> {
        match self.index.get(id) {
            Some(&ix) => self
                .incoming_ix(ix)
                .map(|(n, e, _)| (&self.graph[n], e))
                .collect(),
            None => Vec::new(),
        }
    }

    /// Edges from a document: (the document acted upon, the edge).
    pub fn outgoing(&self, id: &DocumentId) -> Vec<(&Node, &Edge)> {
        match self.index.get(id) {
            Some(&ix) => self
                .graph
                .edges_directed(ix, Direction::Outgoing)
                .map(|e| (&self.graph[e.target()], e.weight()))
                .collect(),
            None => Vec::new(),
        }
    }

    pub(crate) fn incoming_ix(
        &self,
        ix: NodeIndex,
    ) -> impl Iterator<Item = (NodeIndex, &Edge, EdgeIndex)> {
        self.graph
            .edges_directed(ix, Direction::Incoming)
            .map(|e| (e.source(), e.weight(), e.id()))
    }

    pub(crate) fn outgoing_ix(
        &self,
        ix: NodeIndex,
    ) -> impl Iterator<Item = (NodeIndex, &Edge, EdgeIndex)> {
        self.graph
            .edges_directed(ix, Direction::Outgoing)
            .map(|e| (e.target(), e.weight(), e.id()))
    }

    pub(crate) fn at(&self, ix: NodeIndex) -> &Node {
        &self.graph[ix]
    }

    pub(crate) fn indices(&self) -> impl Iterator<Item = NodeIndex> {
        self.graph.node_indices()
    }

    /// The nodes of one organisation's documents (no missing nodes).
    pub(crate) fn indices_of(&self, org: &OrgId) -> impl Iterator<Item = NodeIndex> + '_ {
        self.by_org.get(org).into_iter().flatten().copied()
    }

    /// Problems found while building (refused cycles, dangling targets,
    /// duplicate ids). [`crate::check_integrity`] includes them.
    pub fn build_diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
}

fn cycle_diagnostic(err: &GraphError) -> Diagnostic {
    let mut d = Diagnostic::error(codes::CYCLE, err.to_string());
    if let GraphError::Cycle { cycle, .. } = err {
        let mut seen = Vec::new();
        for id in cycle {
            if !seen.contains(&id) {
                seen.push(id);
                d = d.about(id);
            }
        }
    }
    d
}
