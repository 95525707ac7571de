/** The schedule widget's icon (a clock), drawn here: @strapi/icons is not one of this app's dependencies. */
export function ScheduleIcon(props: { width?: number | string; height?: number | string; fill?: string }) {
  return (
    <svg
      viewBox="0 0 32 32"
      width={props.width ?? 16}
      height={props.height ?? 16}
      fill={props.fill ?? 'currentColor'}
      aria-hidden="true"
    >
      <path d="M16 3a13 13 0 1 0 0 26 13 13 0 0 0 0-26Zm0 24a11 11 0 1 1 0-22 11 11 0 0 1 0 22Zm1-18a1 1 0 0 0-2 0v7a1 1 0 0 0 .4.8l4 3a1 1 0 1 0 1.2-1.6L17 15.5V9Z" />
    </svg>
  );
}
