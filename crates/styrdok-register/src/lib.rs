//! styrdok-register (work in progress).
