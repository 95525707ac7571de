/** The widget's icon (a refresh arrow), drawn here: @strapi/icons is not one of this app's dependencies. */
export function BuildStatusIcon(props: { width?: number | string; height?: number | string; fill?: string }) {
  return (
    <svg
      viewBox="0 0 32 32"
      width={props.width ?? 16}
      height={props.height ?? 16}
      fill={props.fill ?? 'currentColor'}
      aria-hidden="true"
    >
      <path d="M16 5a11 11 0 0 1 9.9 6.2H22a1 1 0 0 0 0 2h6a1 1 0 0 0 1-1V6a1 1 0 0 0-2 0v3.4A13 13 0 0 0 3 16a1 1 0 0 0 2 0A11 11 0 0 1 16 5Zm12 10a1 1 0 0 0-1 1A11 11 0 0 1 6.1 20.8H10a1 1 0 0 0 0-2H4a1 1 0 0 0-1 1V26a1 1 0 0 0 2 0v-3.4A13 13 0 0 0 29 16a1 1 0 0 0-1-1Z" />
    </svg>
  );
}
