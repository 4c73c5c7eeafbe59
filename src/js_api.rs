//! The sizing engine exposed to JavaScript (filled in by the lead).
