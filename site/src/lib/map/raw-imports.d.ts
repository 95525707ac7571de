// Vite's `?raw` suffix imports a file's text; Astro's client types do not declare it for GeoJSON.
declare module '*.geojson?raw' {
  const text: string;
  export default text;
}
