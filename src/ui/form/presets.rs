//! Preset buttons for the guide's worked examples (Reset lives in the share bar).

use super::inputs::{action_button, Fields};
use crate::form::presets::PRESETS;
use crate::markup::{el, El};

/// A row of buttons that load a whole example plan.
pub fn preset_bar(_: &Fields) -> El {
    el("section")
        .class("card presets")
        .attr("aria-labelledby", "h-presets")
        .child(
            el("div").class("presets-head").child(
                el("h2")
                    .attr("id", "h-presets")
                    .text("Start from an example"),
            ),
        )
        .child(
            el("div")
                .class("preset-buttons")
                .children(PRESETS.iter().map(|p| {
                    action_button(
                        "chip",
                        format!("preset:{}", p.id),
                        format!("preset-{}", p.id),
                        p.label,
                    )
                    .attr("title", p.note)
                    .into()
                })),
        )
}
