/**
 * HTML that a parser must read as a browser does (issue 13), with the text the collector must find
 * in it (blocks joined by newlines, lib/dom/collect-text.ts) and the mentions in that text
 * (`kind:id:surface`). tests/unit/annotate-html.test.ts checks the CLI's parser against it;
 * tests/e2e/annotate-html-browser.test.ts checks Chromium and the content script against it.
 */
export interface TrickyHtml {
  name: string;
  html: string;
  text: string;
  mentions: string[];
}

export const TRICKY_HTML: readonly TrickyHtml[] = [
  {
    name: 'valid HTML5 without <html>, <head> or <body>',
    html: '<!doctype html><meta charset=utf-8><title>碳足迹标准</title><p>推进碳足迹标准化工作<p>工业和信息化部发布',
    text: '推进碳足迹标准化工作\n工业和信息化部发布',
    mentions: ['topic:carbon-footprint:碳足迹', 'agency:miit:工业和信息化部'],
  },
  {
    name: 'only text',
    html: '工信部推进碳足迹和6G',
    text: '工信部推进碳足迹和6G',
    mentions: ['agency:miit:工信部', 'topic:carbon-footprint:碳足迹', 'topic:6g:6G'],
  },
  { name: 'an empty file', html: '', text: '', mentions: [] },
  {
    name: 'comments inside a term',
    html: '<p>碳<!-- 注释 -->足迹</p><!-- 工信部 -->',
    text: '碳足迹',
    mentions: ['topic:carbon-footprint:碳足迹'],
  },
  {
    name: 'script, style, template, noscript, textarea and iframe contents are not text',
    html:
      '<p>前</p><script>var a = "碳足迹"</script><style>.x::after { content: "碳足迹" }</style>' +
      '<template><p>碳足迹</p></template><noscript><p>碳足迹</p></noscript><textarea>碳足迹</textarea>' +
      '<iframe>碳足迹</iframe><select><option>工信部</option></select><p>后</p>',
    text: '前\n后',
    mentions: [],
  },
  {
    name: 'hidden and aria-hidden',
    html: '<p hidden>碳足迹</p><p aria-hidden="true">6G</p><p>工信部</p>',
    text: '工信部',
    mentions: ['agency:miit:工信部'],
  },
  {
    name: 'nested tables',
    html: '<table><tr><td>工信部<table><tr><td>碳足迹</td></tr></table></td><td>6G</td></tr></table>',
    text: '工信部\n碳足迹\n6G',
    mentions: ['agency:miit:工信部', 'topic:carbon-footprint:碳足迹', 'topic:6g:6G'],
  },
  {
    name: 'text in a table outside its cells (fostered before the table)',
    html: '<table>碳足迹<tr><td>6G</td></tr></table>',
    text: '碳足迹\n6G',
    mentions: ['topic:carbon-footprint:碳足迹', 'topic:6g:6G'],
  },
  {
    name: 'character references',
    html: '<p>碳&#36275;&#x8FF9; &amp; 6G&nbsp;标准 &lt;GB/T 24001-2016&gt; &notin; &notanentity;</p>',
    text: '碳足迹 & 6G\u00a0标准 <GB/T 24001-2016> ∉ ¬anentity;',
    mentions: ['topic:carbon-footprint:碳足迹', 'topic:6g:6G', 'standard:GB/T 24001-2016:GB/T 24001-2016'],
  },
  { name: 'a term split by <br> is two lines', html: '<p>碳<br>足迹</p>', text: '碳\n足迹', mentions: [] },
  {
    name: 'a term split by a nested block is two lines',
    html: '<div>碳<div></div>足迹</div><span>碳足<p>迹</p></span>',
    text: '碳\n足迹\n碳足\n迹',
    mentions: [],
  },
  {
    name: 'CDATA and foreign content (SVG, MathML) are not page text',
    html: '<p><![CDATA[碳足迹]]>工信部</p><svg><text>碳足迹</text><![CDATA[6G]]></svg><math><mi>碳足迹</mi></math>',
    text: '工信部',
    mentions: ['agency:miit:工信部'],
  },
  {
    name: 'misnested and unclosed tags',
    html: '<p>碳<b>足</p>迹</b><p>工信部<i>发布</b>6G<ul><li>碳足迹<li>工信部</ul><a href=x>工信<b>部</a>推进</b>6G',
    text: '碳足\n迹\n工信部发布6G\n碳足迹\n工信部\n工信部推进6G',
    mentions: [
      'agency:miit:工信部',
      'topic:6g:6G',
      'topic:carbon-footprint:碳足迹',
      'agency:miit:工信部',
      'agency:miit:工信部',
      'topic:6g:6G',
    ],
  },
  {
    name: 'content after </body></html> and CRLF line ends',
    html: '<p>a</p></body></html><p>碳足\r\n迹 GB/T\r\n24001-2016 碳足迹</p>',
    text: 'a\n碳足\n迹 GB/T\n24001-2016 碳足迹',
    mentions: ['topic:carbon-footprint:碳足迹'],
  },
  {
    name: 'a frameset document',
    html: '<frameset><frame src="about:blank"></frameset>',
    text: '',
    mentions: [],
  },
];
