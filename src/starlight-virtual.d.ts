// Types for the two Starlight virtual modules our Search override imports. Starlight declares them only
// for its own sources, so `astro check` on our override would not know them.
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' } & Record<string, unknown>;
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
