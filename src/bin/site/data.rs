//! What never changes at run time, as data: where the article names each
//! person and place (with counts, first appearances and who is named
//! alongside) and its dates. The browser loads these files, so neither the
//! name matcher nor the date scanner ships in the Wasm.

use super::{Context, Renderer};

/// The files written, as `boot.js` and the view's `use_data` fetch them.
pub const PEOPLE_FILE: &str = "mentions-people.json";
pub const PLACES_FILE: &str = "mentions-places.json";
pub const DATES_FILE: &str = "dates.json";

pub struct Data;

impl Renderer for Data {
    fn name(&self) -> &'static str {
        "mentions and dates"
    }

    fn render(&self, ctx: &Context) -> Result<String, String> {
        let data = &ctx.source.data;
        ctx.write_json(PEOPLE_FILE, &data.people)?;
        ctx.write_json(PLACES_FILE, &data.places)?;
        ctx.write_json(DATES_FILE, &data.dates)?;
        Ok(format!("{PEOPLE_FILE}, {PLACES_FILE}, {DATES_FILE}"))
    }
}
