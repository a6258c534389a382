/** The language of the page being rendered, as one of ours (src/config.ts); anything else stops the build. */
import { asLang, type Lang } from '../config.ts';

export const pageLang = (locals: App.Locals): Lang => asLang(locals.starlightRoute.lang);
