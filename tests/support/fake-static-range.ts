/** happy-dom has no StaticRange: the same four fields, enough for code that only reads them. */
export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  readonly collapsed: boolean;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
  }
}

export const StaticRangeForTests = FakeStaticRange as unknown as typeof StaticRange;
