//! Pan and zoom as the SVG `viewBox`: the map stays one SVG, the browser
//! redraws it at any scale, and labels keep their places relative to it.

/// The part of the map shown, in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Closest zoom: an eighth of the map's width.
pub const MAX_ZOOM: f64 = 8.0;
/// One keyboard or button step.
pub const ZOOM_STEP: f64 = 1.5;
/// One arrow key moves this share of the view.
pub const PAN_STEP: f64 = 0.15;

impl ViewBox {
    /// The whole map.
    pub fn whole(width: f64, height: f64) -> Self {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: width,
            h: height,
        }
    }

    /// A view of the map of the given aspect (`h / w` of the screen),
    /// `zoom` times closer than the whole, centred on `(cx, cy)`.
    pub fn around(map: (f64, f64), aspect: f64, zoom: f64, (cx, cy): (f64, f64)) -> Self {
        let w = map.0 / zoom.clamp(1.0, MAX_ZOOM);
        let h = (w * aspect).min(map.1);
        ViewBox {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
        .clamped(map)
    }

    /// Zoomed by `factor` (> 1 closer) about the map point `(fx, fy)`, which
    /// stays where it is on screen.
    pub fn zoom(self, factor: f64, (fx, fy): (f64, f64), map: (f64, f64)) -> Self {
        let min_w = map.0 / MAX_ZOOM;
        let w = (self.w / factor).clamp(min_w, map.0);
        let k = w / self.w;
        let h = self.h * k;
        ViewBox {
            x: fx - (fx - self.x) * k,
            y: fy - (fy - self.y) * k,
            w,
            h,
        }
        .clamped(map)
    }

    /// Moved by `(dx, dy)` map units.
    pub fn pan(self, dx: f64, dy: f64, map: (f64, f64)) -> Self {
        ViewBox {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(map)
    }

    /// The centre of the view.
    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// How many times closer than the whole map's width.
    pub fn zoom_level(&self, map_width: f64) -> f64 {
        map_width / self.w
    }

    /// Kept over the map: never scrolled off it, centred where it is
    /// larger than the map.
    pub fn clamped(self, (mw, mh): (f64, f64)) -> Self {
        let fit = |pos: f64, size: f64, total: f64| {
            if size >= total {
                (total - size) / 2.0
            } else {
                pos.clamp(0.0, total - size)
            }
        };
        ViewBox {
            x: fit(self.x, self.w, mw),
            y: fit(self.y, self.h, mh),
            ..self
        }
    }

    /// The part of the map it shows.
    pub fn rect(&self) -> super::labels::Rect {
        super::labels::Rect {
            x0: self.x,
            y0: self.y,
            x1: self.x + self.w,
            y1: self.y + self.h,
        }
    }

    /// The `viewBox` attribute.
    pub fn attr(&self) -> String {
        format!("{:.1} {:.1} {:.1} {:.1}", self.x, self.y, self.w, self.h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: (f64, f64) = (1000.0, 400.0);

    #[test]
    fn zoom_keeps_the_focus_point_and_stays_within_limits() {
        let v = ViewBox::whole(MAP.0, MAP.1);
        let z = v.zoom(2.0, (500.0, 200.0), MAP);
        assert_eq!((z.w, z.h), (500.0, 200.0));
        assert_eq!(z.centre(), (500.0, 200.0));
        // Zooming about a point keeps that point's place on screen.
        let z = v.zoom(2.0, (200.0, 100.0), MAP);
        assert!(((200.0 - z.x) / z.w - 0.2).abs() < 1e-9);
        let mut deep = v;
        for _ in 0..20 {
            deep = deep.zoom(ZOOM_STEP, (500.0, 200.0), MAP);
        }
        assert!((deep.zoom_level(MAP.0) - MAX_ZOOM).abs() < 1e-9);
        let out = deep.zoom(1.0 / 100.0, (0.0, 0.0), MAP);
        assert_eq!(out, v);
    }

    #[test]
    fn pan_never_leaves_the_map() {
        let v = ViewBox::whole(MAP.0, MAP.1).zoom(4.0, (500.0, 200.0), MAP);
        let far = v.pan(-5000.0, -5000.0, MAP);
        assert_eq!((far.x, far.y), (0.0, 0.0));
        let far = v.pan(5000.0, 5000.0, MAP);
        assert_eq!((far.x + far.w, far.y + far.h), MAP);
        // The whole map does not move.
        let whole = ViewBox::whole(MAP.0, MAP.1);
        assert_eq!(whole.pan(30.0, 0.0, MAP), whole);
    }

    #[test]
    fn a_tall_screen_gets_a_tall_view() {
        let v = ViewBox::around(MAP, 1.2, 2.5, (700.0, 250.0));
        assert!((v.w - 400.0).abs() < 1e-9);
        assert!((v.h - 400.0).abs() < 1e-9, "no taller than the map");
        assert_eq!(v.y, 0.0);
    }
}
