//! The top-level sizing function.
use super::{FieldError, Plan, Report};

/// Size a plan: validate it, then compute every role.
pub fn size(_plan: &Plan) -> Result<Report, Vec<FieldError>> {
    todo!("engine lands shortly")
}
