//! `map.json`, loaded when the map is first opened (see `Context::map`).

use super::{Context, Renderer};

pub const FILE: &str = "map.json";

pub struct Map;

impl Renderer for Map {
    fn name(&self) -> &'static str {
        "the map"
    }

    fn render(&self, ctx: &Context) -> Result<String, String> {
        let data = ctx.map()?;
        let bytes = ctx.write_json(FILE, data)?;
        Ok(format!(
            "{FILE}: {} markers, {} routes, {} places without a point, land path {} bytes, {} bytes in all",
            data.markers.len(),
            data.routes.len(),
            data.unmapped.len(),
            data.land.len(),
            bytes
        ))
    }
}
