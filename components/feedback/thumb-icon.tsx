/** A thumb pointing up or down (decorative; the button around it carries the name). */
export function ThumbIcon({ direction }: { direction: "up" | "down" }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className={`h-4 w-4 ${direction === "down" ? "rotate-180" : ""}`}>
      <path d="M2 9.5A1.5 1.5 0 0 1 3.5 8h1A1.5 1.5 0 0 1 6 9.5v7A1.5 1.5 0 0 1 4.5 18h-1A1.5 1.5 0 0 1 2 16.5v-7Zm5.5 7.3V9.6c0-.5.2-1 .5-1.4l3.6-4.9c.6-.8 1.9-.6 2.2.4.2.5.1 1-.1 1.5L12.6 8h3.9c1.2 0 2.1 1.1 1.9 2.3l-1 5.5A2.5 2.5 0 0 1 15 18H9.2c-.9 0-1.7-.5-1.7-1.2Z" />
    </svg>
  );
}
