//! Connection proxy: cores per proxy, streaming load per session, redundancy.

use super::inputs::{grid, hint, section, text_input, Fields};
use crate::markup::El;

const LOADS: &[(&str, &str)] = &[
    ("business", "Business (0.25 cores)"),
    ("full_screen_video", "Full-screen video (1.25)"),
    ("custom", "Custom figure"),
];

/// The connection proxy section.
pub fn proxy_section(f: &Fields) -> El {
    let not_custom = f.draft.choice("proxy.load") != Some("custom");
    section("h-proxy", "Connection proxy")
        .child(hint("Needed only for RDP, VNC or SSH server connections."))
        .child(grid(vec![
            f.text(text_input("proxy.cores", "CPU per proxy").unit("cores")),
            f.choice("proxy.load", "Streaming load", LOADS, None),
            f.text(
                text_input("proxy.custom_cores_per_session", "Custom load per session")
                    .unit("cores")
                    .disabled(not_custom),
            ),
            f.text(text_input("proxy.redundancy", "Spare proxies per zone").unit("proxies")),
        ]))
}
