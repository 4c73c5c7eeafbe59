//! The note a rule chip opens (issue 17, item 3): one popover for every chip on the page,
//! showing the rule's summary and source from the engine's table.
//!
//! A chip opens it when focused, hovered or tapped; Escape, moving away or tapping
//! elsewhere closes it. The listeners are the page's, not the chips' (one each for focus,
//! pointer, click and key events, finding the chip with `rule_chip::chip_rule`): chips stay
//! plain links however many a plan draws and however often its lists are redrawn. It never
//! covers its chip (`support::placement`): below or above it on a wide screen, docked to the
//! far half of a phone's screen. Screen readers are told the
//! same text another way: each chip's `aria-describedby` names its rule's text in the Rules
//! view, so the popover itself is `aria-hidden` and its controls are not Tab stops (the chip
//! already leads to the Rules view).

use std::time::Duration;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget};

use super::rule_chip::{chip_rule, row_id};
use super::rules::KindBadge;
use crate::engine::rules::{rule, Rule};
use crate::support::placement::{place, Placement, Rect, ROOM};
use crate::ui::focus::focus_later;

/// What keeps the note open, as bits; it closes when none is left.
const FOCUS: u8 = 1;
/// The pointer is on the chip.
const HOVER: u8 = 2;
/// The chip was tapped (touch or pen): open until a tap elsewhere.
const TAP: u8 = 4;
/// The pointer is on the note itself (so it can be read and its link reached).
const ON_NOTE: u8 = 8;

/// How long the note waits after the pointer leaves before closing, so the pointer can
/// cross from the chip to the note.
const LEAVE_DELAY: Duration = Duration::from_millis(300);

/// The open note: its rule, where it sits, and what keeps it open.
#[derive(Clone, Copy, PartialEq)]
struct Open {
    id: &'static str,
    place: Placement,
    why: u8,
}

/// The shared note's state, provided as context by the root; chips report to it.
#[derive(Clone, Copy)]
pub struct RuleTip {
    open: RwSignal<Option<Open>>,
    /// The chip the note belongs to.
    anchor: StoredValue<Option<Element>, LocalStorage>,
    /// The note's element while it is drawn.
    note: NodeRef<Div>,
    /// True when the last pointer pressed was a finger or a pen (a click is then a tap).
    touch: StoredValue<bool>,
    /// Counts pointer arrivals, so a delayed close is dropped when the pointer came back.
    arrivals: StoredValue<u32>,
    /// The note's height: estimated until it is drawn, then measured.
    height: StoredValue<f64>,
}

/// Where a note `needed` pixels tall goes for a chip, from the chip's box and the viewport.
fn placement_of(chip: &Element, needed: f64) -> Placement {
    let b = chip.get_bounding_client_rect();
    let page = document().document_element();
    let (w, h) = page.map_or((0.0, 0.0), |p| {
        (f64::from(p.client_width()), f64::from(p.client_height()))
    });
    place(
        Rect {
            top: b.top(),
            bottom: b.bottom(),
            left: b.left(),
        },
        w,
        h,
        needed,
    )
}

impl RuleTip {
    /// Provide the note's state to everything below, with the page-wide listeners it needs
    /// (Escape, a tap elsewhere, scrolling and resizing move or close it).
    pub fn provide() -> Self {
        let tip = RuleTip {
            open: RwSignal::new(None),
            anchor: StoredValue::new_local(None),
            note: NodeRef::new(),
            touch: StoredValue::new(false),
            arrivals: StoredValue::new(0),
            height: StoredValue::new(ROOM),
        };
        provide_context(tip);
        let chip_of = |target: Option<EventTarget>| {
            target
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| chip_rule(&el))
        };
        let focus_in = window_event_listener(leptos::ev::focusin, move |ev| {
            if let Some((id, chip)) = chip_of(ev.target()) {
                tip.show(id, chip, FOCUS);
            }
        });
        let focus_out = window_event_listener(leptos::ev::focusout, move |ev| {
            if let Some((_, chip)) = chip_of(ev.target()) {
                tip.blurred(&chip, ev.related_target());
            }
        });
        // A mouse or pen over a chip (a finger's "hover" is its tap, handled by click).
        let over = window_event_listener(leptos::ev::pointerover, move |ev| {
            if ev.pointer_type() != "touch" {
                if let Some((id, chip)) = chip_of(ev.target()) {
                    tip.arrivals.update_value(|n| *n += 1);
                    tip.show(id, chip, HOVER);
                }
            }
        });
        let out = window_event_listener(leptos::ev::pointerout, move |ev| {
            if ev.pointer_type() != "touch" && chip_of(ev.target()).is_some() {
                tip.left();
            }
        });
        let clicks = window_event_listener(leptos::ev::click, move |ev| {
            if let Some((id, chip)) = chip_of(ev.target()) {
                if tip.clicked(id, chip) {
                    ev.prevent_default();
                }
            }
        });
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            tip.touch.set_value(false);
            if ev.key() == "Escape" && tip.open.with_untracked(Option::is_some) {
                if tip.holds(document().active_element().map(Into::into).as_ref()) {
                    if let Some(chip) = tip
                        .anchor
                        .get_value()
                        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = chip.focus();
                    }
                }
                tip.open.set(None);
            }
        });
        let presses = window_event_listener(leptos::ev::pointerdown, move |ev| {
            tip.touch
                .set_value(matches!(ev.pointer_type().as_str(), "touch" | "pen"));
            let target = ev.target();
            let on_chip = tip.anchor.with_value(|a| {
                a.as_ref()
                    .zip(target.as_ref())
                    .is_some_and(|(a, t)| a.contains(t.dyn_ref::<web_sys::Node>()))
            });
            if !on_chip && !tip.holds(target.as_ref()) {
                tip.drop_reason(TAP);
            }
        });
        let follow = Closure::<dyn Fn()>::new(move || tip.follow()).into_js_value();
        let window = window();
        // Capture: a scroll inside the results column does not bubble up to the window.
        _ = window.add_event_listener_with_callback_and_bool(
            "scroll",
            follow.unchecked_ref(),
            true,
        );
        _ = window.add_event_listener_with_callback("resize", follow.unchecked_ref());
        let follow = send_wrapper::SendWrapper::new(follow);
        on_cleanup(move || {
            for listener in [focus_in, focus_out, over, out, clicks] {
                listener.remove();
            }
            keys.remove();
            presses.remove();
            let window = leptos::prelude::window();
            _ = window.remove_event_listener_with_callback_and_bool(
                "scroll",
                follow.unchecked_ref(),
                true,
            );
            _ = window.remove_event_listener_with_callback("resize", follow.unchecked_ref());
        });
        tip
    }

    /// True when `target` is the note or inside it.
    fn holds(self, target: Option<&EventTarget>) -> bool {
        let note = self.note.get_untracked();
        note.zip(target)
            .is_some_and(|(n, t)| n.contains(t.dyn_ref::<web_sys::Node>()))
    }

    /// Open the note for rule `id` beside `chip`, kept open for `why`.
    fn show(self, id: &str, chip: Element, why: u8) {
        let Some(rule) = rule(id) else { return };
        if self
            .open
            .with_untracked(|o| o.is_none_or(|o| o.id != rule.id))
        {
            self.height.set_value(ROOM);
        }
        let place = placement_of(&chip, self.height.get_value());
        let same = self.anchor.with_value(|a| a.as_ref() == Some(&chip));
        self.anchor.set_value(Some(chip));
        self.open.update(|o| match o {
            Some(o) if same && o.id == rule.id => {
                o.why |= why;
                o.place = place;
            }
            _ => {
                *o = Some(Open {
                    id: rule.id,
                    place,
                    why,
                })
            }
        });
    }

    /// Forget one reason to stay open; close when none is left.
    fn drop_reason(self, why: u8) {
        let keeps = self.open.with_untracked(|o| o.map(|o| o.why & !why));
        match keeps {
            Some(0) => self.open.set(None),
            Some(left) if Some(left) != self.open.with_untracked(|o| o.map(|o| o.why)) => {
                self.open.update(|o| {
                    if let Some(o) = o {
                        o.why = left;
                    }
                });
            }
            _ => {}
        }
    }

    /// Keep the note beside its chip after a scroll or resize; close it if the chip is gone.
    fn follow(self) {
        if self.open.with_untracked(Option::is_none) {
            return;
        }
        let anchor = self.anchor.get_value().filter(|a| a.is_connected());
        match anchor {
            Some(chip) => {
                let place = placement_of(&chip, self.height.get_value());
                if self
                    .open
                    .with_untracked(|o| o.is_some_and(|o| o.place != place))
                {
                    self.open.update(|o| {
                        if let Some(o) = o {
                            o.place = place;
                        }
                    });
                }
            }
            None => self.open.set(None),
        }
    }

    /// Place the note again for its height as drawn (its text varies from rule to rule).
    fn fit(self) {
        let Some(note) = self.note.get_untracked() else {
            return;
        };
        // The whole text, even where a smaller room made it scroll; plus the borders.
        let drawn = f64::from(note.scroll_height() + 2);
        if (drawn - self.height.get_value()).abs() > 1.0 {
            self.height.set_value(drawn);
            self.follow();
        }
    }

    /// A chip lost focus to `to` (which may be inside the note: then it stays).
    fn blurred(self, chip: &Element, to: Option<EventTarget>) {
        if self.holds(to.as_ref()) || self.anchor.with_value(|a| a.as_ref() != Some(chip)) {
            return;
        }
        self.drop_reason(FOCUS);
    }

    /// The pointer left a chip or the note: close after a moment unless it arrives on
    /// either again.
    fn left(self) {
        let seen = self.arrivals.get_value();
        set_timeout(
            move || {
                if self.arrivals.try_get_value() == Some(seen) {
                    self.drop_reason(HOVER | ON_NOTE);
                }
            },
            LEAVE_DELAY,
        );
    }

    /// A click on a chip. A first tap only opens the note (returns true: do not follow the
    /// link); a second tap, a mouse click or Enter follows the chip to its rule in the Rules
    /// view, where keyboard focus moves.
    fn clicked(self, id: &str, chip: Element) -> bool {
        if self.touch.get_value() {
            let tapped = self.anchor.with_value(|a| a.as_ref() == Some(&chip))
                && self
                    .open
                    .with_untracked(|o| o.is_some_and(|o| o.why & TAP != 0));
            if !tapped {
                self.show(id, chip, TAP);
                return true;
            }
        }
        self.open.set(None);
        focus_later(row_id(id));
        false
    }
}

/// The note itself, drawn once at the page's root; shows the open chip's rule.
#[component]
pub fn RuleNote() -> impl IntoView {
    let tip = expect_context::<RuleTip>();
    let id = Memo::new(move |_| tip.open.with(|o| o.map(|o| o.id)));
    let place = Memo::new(move |_| tip.open.with(|o| o.map(|o| o.place)));
    let class = move || match place.get() {
        Some(Placement::DockTop) => "rule-note docked top",
        Some(Placement::DockBottom) => "rule-note docked bottom",
        _ => "rule-note floating",
    };
    // Whole pixels, written as an integer (no float formatting in the page).
    // Once a rule's text is drawn, its height decides where the note fits best.
    Effect::new(move |_| {
        if id.get().is_some() {
            tip.fit();
        }
    });
    let px = |v: f64| format!("{}px", v.round() as i64);
    let at = move |f: fn(Placement) -> Option<f64>| {
        move || place.get().and_then(f).map(px).unwrap_or_default()
    };
    let left = at(|p| match p {
        Placement::Below { left, .. } | Placement::Above { left, .. } => Some(left),
        _ => None,
    });
    let top = at(|p| match p {
        Placement::Below { top, .. } => Some(top),
        _ => None,
    });
    let bottom = at(|p| match p {
        Placement::Above { bottom, .. } => Some(bottom),
        _ => None,
    });
    let max_height = at(|p| match p {
        Placement::Below { max_height, .. } | Placement::Above { max_height, .. } => {
            Some(max_height)
        }
        _ => None,
    });
    view! {
        <Show when=move || id.with(Option::is_some)>
            <div
                class=class
                aria-hidden="true"
                data-testid="rule-note"
                node_ref=tip.note
                style:left=left
                style:top=top
                style:bottom=bottom
                style:max-height=max_height
                on:pointerenter=move |ev| {
                    if ev.pointer_type() != "touch" {
                        tip.arrivals.update_value(|n| *n += 1);
                        if let Some(id) = id.get_untracked() {
                            if let Some(chip) = tip.anchor.get_value() {
                                tip.show(id, chip, ON_NOTE);
                            }
                        }
                    }
                }
                on:pointerleave=move |ev| {
                    if ev.pointer_type() != "touch" {
                        tip.left();
                    }
                }
            >
                {move || id.get().and_then(rule).map(|r| view! { <NoteBody rule=r tip /> })}
            </div>
        </Show>
    }
}

/// The text of the note: id and kind, summary, our reading, source, and the way on.
#[component]
fn NoteBody(rule: &'static Rule, tip: RuleTip) -> impl IntoView {
    let id = rule.id;
    view! {
        <p class="rule-note-head">
            <strong>{id}</strong>
            " "
            <KindBadge kind=rule.kind />
        </p>
        <p>{rule.summary}</p>
        {rule.interpretation.map(|r| view! { <p><em>"Our interpretation: "</em>{r}</p> })}
        {(!rule.modelled).then(|| view! { <p><strong>"Not modelled by this calculator."</strong></p> })}
        <p class="rule-note-source">"Source: " {rule.source_text()}</p>
        <p class="rule-note-actions">
            <a
                href=format!("#{}", row_id(id))
                tabindex="-1"
                on:click=move |_| {
                    tip.open.set(None);
                    focus_later(row_id(id));
                }
            >
                {format!("{id} in the Rules list, with what this plan uses it for ↓")}
            </a>
            <button type="button" class="secondary" tabindex="-1" on:click=move |_| tip.open.set(None)>
                "Close"
            </button>
        </p>
    }
}
