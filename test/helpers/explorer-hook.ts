/** The explorer's test hook (`window.__explorer`, set in explorer/src/main.ts), as the browser tests call it. */
export type LabelBox = { id: string; label: string; x1: number; y1: number; x2: number; y2: number };

declare global {
  interface Window {
    __explorer: {
      nodes(): string[];
      edges(): string[];
      tapNode(id: string): void;
      tapGroup(key: string): void;
      selectEdge(id: string): void;
      groups(): Array<{ key: string; label: string; open: boolean; members: number }>;
      labelBoxes(): LabelBox[];
    };
  }
}
