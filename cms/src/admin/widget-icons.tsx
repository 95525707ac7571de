// The home-page widgets' icons, drawn here: @strapi/icons is not one of this app's dependencies.

/** The props Strapi passes a widget icon. */
interface IconProps {
  width?: number | string;
  height?: number | string;
  fill?: string;
}

/** A 32×32 one-path icon in Strapi's icon shape (16 px and the current colour unless told). */
function pathIcon(path: string): (props: IconProps) => JSX.Element {
  return (props) => (
    <svg
      viewBox="0 0 32 32"
      width={props.width ?? 16}
      height={props.height ?? 16}
      fill={props.fill ?? 'currentColor'}
      aria-hidden="true"
    >
      <path d={path} />
    </svg>
  );
}

/** The build-status widget's icon (a refresh arrow: the site is rebuilt). */
export const BuildStatusIcon = pathIcon(
  'M16 5a11 11 0 0 1 9.9 6.2H22a1 1 0 0 0 0 2h6a1 1 0 0 0 1-1V6a1 1 0 0 0-2 0v3.4A13 13 0 0 0 3 16a1 1 0 0 0 2 0A11 11 0 0 1 16 5Zm12 10a1 1 0 0 0-1 1A11 11 0 0 1 6.1 20.8H10a1 1 0 0 0 0-2H4a1 1 0 0 0-1 1V26a1 1 0 0 0 2 0v-3.4A13 13 0 0 0 29 16a1 1 0 0 0-1-1Z',
);

/** The schedule widget's icon (a clock). */
export const ScheduleIcon = pathIcon(
  'M16 3a13 13 0 1 0 0 26 13 13 0 0 0 0-26Zm0 24a11 11 0 1 1 0-22 11 11 0 0 1 0 22Zm1-18a1 1 0 0 0-2 0v7a1 1 0 0 0 .4.8l4 3a1 1 0 1 0 1.2-1.6L17 15.5V9Z',
);
