// Rapport's mark in the popup's header, drawn inline as icons/icon.svg draws it. An <img> of
// icons/32.png was one more file to fetch and decode before the first frame (BENCHMARKS.md).
export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 128 128" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#1b6b4a" />
      <path d="M30 44a14 14 0 0 1 14-14h40a14 14 0 0 1 14 14v26a14 14 0 0 1-14 14H60l-18 16v-16h2a14 14 0 0 1-14-14z" fill="#ffffff" />
      <circle cx="50" cy="57" r="6" fill="#1b6b4a" />
      <circle cx="78" cy="57" r="6" fill="#1b6b4a" />
      <path d="M50 70c8 6 20 6 28 0" stroke="#1b6b4a" stroke-width="5" fill="none" stroke-linecap="round" />
    </svg>
  );
}
