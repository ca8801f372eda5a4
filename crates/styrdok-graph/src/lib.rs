//! styrdok-graph (work in progress).
