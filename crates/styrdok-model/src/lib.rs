//! styrdok-model (work in progress).
