//! styrdok-controls (work in progress).
