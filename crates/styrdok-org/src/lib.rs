//! Who exists in a municipality and who answers for what.
//!
//! An [`Organisation`] (kommun, region, kommunalförbund or bolag) holds its
//! [`Body`]s (organ: fullmäktige, styrelse, nämnder, förvaltningar, units,
//! advisory councils), functional [`Role`]s (systemägare, förvaltningschef),
//! named [`Group`]s ("Nämnder och styrelser") and [`Delegation`]s. A [`Duty`]
//! names who answers for an activity; its RACI letter comes from a documented
//! phrase table ([`raci`]). [`Organisation::resolve`] matches the names people
//! write ("KS", "Kommunstyrelsen", "nämnderna", "förvaltningschefer").
//!
//! ```
//! use styrdok_org::{Organisation, Body, PartyKind};
//! use styrdok_core::{BodyKind, OrgKind};
//!
//! let mut org = Organisation::new("stockholm".parse()?, "Stockholms stad", OrgKind::Kommun);
//! org.bodies.push(Body::new("stockholm/ks".parse()?, "Kommunstyrelsen", BodyKind::Styrelse));
//! let found = org.resolve("KS").expect("KS is kommunstyrelsen");
//! assert_eq!(found.id, "stockholm/ks");
//! assert_eq!(found.kind, PartyKind::Body);
//! assert_eq!(org.resolve("kommunstyrelsen").map(|p| p.id), Some("stockholm/ks".parse()?));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod body;
pub mod directory;
mod duty;
mod org;
pub mod raci;
mod resolve;

pub use body::{Body, BodyLink, BodyLinkKind, Delegation, Group, Role, RoleKind};
pub use duty::{Duty, LetterBasis, StatementLink};
pub use org::Organisation;
pub use raci::Raci;
pub use resolve::{MatchedBy, PartyKind, Resolved, UnknownName, find_organisation};
