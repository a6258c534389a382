// Types Starlight's Astro.locals.t() with our UI strings (src/content/i18n), so a misspelt key fails
// `astro check` instead of showing up as a raw key on the page.
declare namespace StarlightApp {
  type UIStrings = import('./lib/uiStrings.ts').UIStrings;
  interface I18n extends UIStrings {}
}
