//! Albers equal-area conic projection and the map's frame.
//!
//! Equal-area, so that the Caspian, Kazakhstan and Europe keep their true
//! sizes next to one another (Mercator would swell the north), and conic,
//! because the region is a wide band of middle latitudes: with standard
//! parallels at 38° and 54° N, shapes stay close to true from Paris to
//! western China.

use std::f64::consts::PI;

#[derive(Debug, Clone, Copy)]
pub struct Albers {
    n: f64,
    c: f64,
    rho0: f64,
    lon0: f64,
}

fn rad(deg: f64) -> f64 {
    deg * PI / 180.0
}

impl Albers {
    /// Standard parallels `phi1`, `phi2`, origin `(lon0, lat0)`, in degrees.
    pub fn new(phi1: f64, phi2: f64, lon0: f64, lat0: f64) -> Self {
        let n = (rad(phi1).sin() + rad(phi2).sin()) / 2.0;
        let c = rad(phi1).cos().powi(2) + 2.0 * n * rad(phi1).sin();
        let rho0 = (c - 2.0 * n * rad(lat0).sin()).sqrt() / n;
        Albers {
            n,
            c,
            rho0,
            lon0: rad(lon0),
        }
    }

    /// The projection used for the article's region.
    pub fn region() -> Self {
        Albers::new(38.0, 54.0, 48.0, 45.0)
    }

    /// `(lon, lat)` in degrees → plane coordinates on the unit sphere, y up.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = (self.c - 2.0 * self.n * rad(lat).sin()).max(0.0).sqrt() / self.n;
        // Longitudes are taken within half a turn of the central meridian.
        let mut dl = rad(lon) - self.lon0;
        while dl > PI {
            dl -= 2.0 * PI;
        }
        while dl < -PI {
            dl += 2.0 * PI;
        }
        let theta = self.n * dl;
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }
}

/// The projected rectangle shown, scaled to `width` SVG units, y down.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub proj: Albers,
    min_x: f64,
    max_y: f64,
    scale: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// From west of Paris to western China, from the Mediterranean coast of
    /// Turkey to north of Kazan.
    pub fn region(width: f64) -> Self {
        let proj = Albers::region();
        let west = proj.project(-3.0, 48.0).0;
        let east = proj.project(90.0, 42.0).0;
        let south = proj.project(45.0, 34.5).1;
        let north = proj.project(48.0, 58.0).1;
        let scale = width / (east - west);
        Frame {
            proj,
            min_x: west,
            max_y: north,
            scale,
            width,
            height: ((north - south) * scale).round(),
        }
    }

    /// `(lon, lat)` → SVG units (may lie outside the frame).
    pub fn to_svg(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.proj.project(lon, lat);
        ((x - self.min_x) * self.scale, (self.max_y - y) * self.scale)
    }

    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        (0.0..=self.width).contains(&x) && (0.0..=self.height).contains(&y)
    }

    /// The point moved inside the frame by at least `inset` units.
    pub fn clamp(&self, (x, y): (f64, f64), inset: f64) -> (f64, f64) {
        (
            x.clamp(inset, self.width - inset),
            y.clamp(inset, self.height - inset),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_area_cells_keep_their_area() {
        // Two one-degree cells on the same parallel, far apart in longitude,
        // must project to the same area; on another parallel the ratio of the
        // areas is the ratio of the cells' areas on the globe.
        let p = Albers::region();
        let area = |lon: f64, lat: f64| {
            let pts = [
                p.project(lon, lat),
                p.project(lon + 1.0, lat),
                p.project(lon + 1.0, lat + 1.0),
                p.project(lon, lat + 1.0),
            ];
            let mut a = 0.0;
            for i in 0..4 {
                let (x1, y1) = pts[i];
                let (x2, y2) = pts[(i + 1) % 4];
                a += x1 * y2 - x2 * y1;
            }
            a.abs() / 2.0
        };
        let paris = area(2.0, 48.0);
        let almaty = area(77.0, 48.0);
        assert!((paris / almaty - 1.0).abs() < 1e-3, "{paris} {almaty}");
        let globe = |lat: f64| rad(lat + 1.0).sin() - rad(lat).sin();
        let south = area(48.0, 35.0);
        let ratio = (paris / south) / (globe(48.0) / globe(35.0));
        assert!((ratio - 1.0).abs() < 1e-3, "{ratio}");
    }

    #[test]
    fn the_frame_runs_from_paris_to_western_china() {
        let f = Frame::region(1000.0);
        assert!(f.height > 300.0 && f.height < 500.0, "{}", f.height);
        for (lon, lat) in [(2.35, 48.86), (49.87, 40.41), (76.9, 43.24), (35.8, 37.0)] {
            assert!(f.contains(f.to_svg(lon, lat)), "{lon} {lat}");
        }
        // Paris is west of Baku, which is north of Ceyhan.
        let (paris, baku) = (f.to_svg(2.35, 48.86), f.to_svg(49.87, 40.41));
        assert!(paris.0 < baku.0 && paris.1 < baku.1);
        assert!(
            !f.contains(f.to_svg(-74.0, 40.7)),
            "New York is off the map"
        );
    }
}
