"""scripts/tidy.py NB...: the layout rules of exported code (one statement per line, lines of at most 100
characters), applied to the exported cells of notebooks, in place; idempotent. In order: `;`-joined statements
split onto their own lines; a trailing comment that makes a line too long moved above it; ruff format (line
length 100, quotes preserved; `pip install ruff`) on only the statements that hold a line over 100 characters
(imports and commented signatures, whose docments comments stay aligned, are left alone); one-line docstrings
over 100 characters wrapped; string literals inside brackets split at a space. Run `nbdev_export` after it."""
import io, json, subprocess, sys, tokenize
from pathlib import Path
COMPOUND = {'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async'}
RUFF = str(Path(sys.executable).parent / 'ruff')

def split_semicolons(src: str) -> str:
    "One pass: rewrite the first logical line holding a top-level `;`; repeat until none is left."
    for _ in range(500):
        out = _split_once(src)
        if out == src: return src
        src = out
    return src

def _split_once(src: str) -> str:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    lines = src.splitlines(keepends=True)
    depth, line_toks = 0, []
    for t in toks:
        if t.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            semis = [x for x, d in line_toks if x.type == tokenize.OP and x.string == ';' and d == 0]
            if semis:
                out = _rewrite(lines, line_toks, semis)
                if out != src: return out
            line_toks = []
            continue
        if t.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT): continue
        if t.type == tokenize.OP and t.string in '([{': depth += 1
        if t.type == tokenize.OP and t.string in ')]}': depth -= 1
        line_toks.append((t, depth if not (t.type == tokenize.OP and t.string in '([{') else depth - 1))
    return src

def _rewrite(lines, line_toks, semis):
    first, last = line_toks[0][0], line_toks[-1][0]
    r0, r1 = first.start[0] - 1, last.end[0] - 1
    if any(s.start[0] - 1 != r0 for s in semis): return ''.join(lines)   # a `;` past the first line: skip
    line = lines[r0]
    indent = line[:first.start[1]]
    body_start, head = first.start[1], ''
    if first.type == tokenize.NAME and first.string in COMPOUND:
        colon = next((x for x, d in line_toks if x.type == tokenize.OP and x.string == ':' and d == 0), None)
        if colon is None or colon.start[1] > semis[0].start[1]: return ''.join(lines)
        head = line[first.start[1]:colon.end[1]]
        body_start, indent_body = colon.end[1], indent + '    '
    else: indent_body = indent
    cuts = [body_start] + [s.start[1] for s in semis] + [len(line.rstrip('\n'))]
    comment = ''
    tail = line.rstrip('\n')[last.end[1]:] if r0 == r1 else ''
    if tail.strip().startswith('#'): comment, cuts[-1] = '  ' + tail.strip(), last.end[1]
    if r0 != r1 and head: return ''.join(lines)                    # a compound header over several lines: skip
    parts = []
    for a, b in zip(cuts[:-1], cuts[1:]):
        seg = line[a:b].lstrip(';').strip()
        if seg: parts.append(seg)
    new = ([indent + head + '\n'] if head else []) + [indent_body + p + '\n' for p in parts]
    new[-1] = new[-1].rstrip('\n') + comment + '\n'
    return ''.join(lines[:r0] + new + lines[r0 + 1:])

def _span(src: str, n: int):
    "Lines (first, last) of the smallest statement holding line `n` (a compound one: its header only)."
    import ast
    best = None
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.stmt) or not node.lineno <= n <= node.end_lineno: continue
        body = getattr(node, 'body', None)
        header = isinstance(body, list) and body and n < body[0].lineno
        if isinstance(node, (ast.Import, ast.ImportFrom)): return None
        if header and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines = src.splitlines()[node.lineno - 1:body[0].lineno - 1]
            if any('#' in l for l in lines): return None                   # docments stay aligned
        end = node.end_lineno
        body = getattr(node, 'body', None)
        if isinstance(body, list) and body and n < body[0].lineno:
            end = body[0].lineno - 1 if body[0].lineno > node.lineno else node.lineno
        if best is None or end - node.lineno < best[1] - best[0]: best = (node.lineno, end)
    return best or (n, n)

def shorten(src: str, width: int = 100) -> str:
    for _ in range(200):
        long = [i + 1 for i, l in enumerate(src.splitlines()) if len(l) > width]
        done = True
        for n in long:
            span = _span(src, n)
            if span is None: continue
            a, b = span
            r = subprocess.run([RUFF, 'format', '-', '--stdin-filename', 'cell.py', '--line-length', str(width),
                                '--config', "format.quote-style='preserve'", f'--range={a}:1-{b + 1}:1'],
                               input=src, capture_output=True, text=True)
            if r.returncode == 0 and r.stdout != src:
                src, done = r.stdout, False
                break
        if done: return src
    return src

def tidy_cell(src: str) -> str:
    trailing = not src.endswith('\n')
    s = split_semicolons(src if src.endswith('\n') else src + '\n')
    s = split_strings(wrap_docstrings(shorten(move_comments(s))))
    return s.rstrip('\n') if trailing else s

def wrap_docstrings(src: str, width: int = 100) -> str:
    "One-line docstrings over `width` become triple-quoted ones wrapped at `width`."
    import ast, textwrap
    lines = src.splitlines(keepends=True)
    edits = []
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or not node.body: continue
        d = node.body[0]
        if not (isinstance(d, ast.Expr) and isinstance(d.value, ast.Constant) and isinstance(d.value.value, str)):
            continue
        if d.lineno != d.end_lineno: continue
        line = lines[d.lineno - 1]
        if len(line.rstrip('\n')) <= width: continue
        lit = line[d.col_offset:d.end_col_offset]
        if lit[0] not in '"\'' or lit[:3] in ('"""', "'''") or lit[0] != lit[-1]: continue
        body = lit[1:-1]
        if '"""' in body or body.endswith('"') or '\\' in body: continue
        indent = line[:d.col_offset]
        rest = line[d.end_col_offset:].rstrip('\n')
        if rest.strip(): continue
        wrapped = textwrap.wrap(body, width - len(indent) - 3, break_long_words=False, break_on_hyphens=False)
        text = indent + '"""' + ('\n' + indent).join(wrapped) + '"""\n'
        edits.append((d.lineno - 1, text))
    for i, text in sorted(edits, reverse=True): lines[i] = text
    return ''.join(lines)


# Long lines the formatter leaves: trailing comments (moved above) and string literals in brackets (split).
import ast, re

def _header_lines(src):
    out = set()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            out.update(range(node.lineno, node.body[0].lineno))
    return out

def move_comments(src: str, width: int = 100) -> str:
    lines = src.splitlines(keepends=True)
    heads = _header_lines(src)
    for t in reversed(list(tokenize.generate_tokens(io.StringIO(src).readline))):
        if t.type != tokenize.COMMENT: continue
        n = t.start[0]
        line = lines[n - 1]
        code = line[:t.start[1]]
        if len(line.rstrip('\n')) <= width or not code.strip() or n in heads: continue
        indent = re.match(r'\s*', line).group()
        lines[n - 1:n] = [indent + t.string + '\n', code.rstrip() + '\n']
    return ''.join(lines)

def _split_at(body: str, limit: int, fstring: bool):
    "Index after the last space in body[:limit] outside {...} (f-strings), or None."
    depth, best, i = 0, None, 0
    while i < min(len(body), limit):
        ch = body[i]
        if fstring and body[i:i + 2] in ('{{', '}}'): i += 2; continue
        if fstring and ch == '{': depth += 1
        elif fstring and ch == '}': depth -= 1
        elif ch == ' ' and depth == 0 and 0 < i < len(body) - 1: best = i + 1
        i += 1
    return best

def split_strings(src: str, width: int = 100) -> str:
    for _ in range(300):
        lines = src.splitlines(keepends=True)
        depth, done = 0, True
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type == tokenize.OP and t.string in '([{': depth += 1
            if t.type == tokenize.OP and t.string in ')]}': depth -= 1
            if t.type != tokenize.STRING or depth == 0 or t.start[0] != t.end[0]: continue
            line = lines[t.start[0] - 1]
            if len(line.rstrip('\n')) <= width or t.end[1] <= width: continue
            m = re.match(r'([a-zA-Z]{0,2})(["\'])', t.string)
            prefix, q = m.group(1), m.group(2)
            if 'b' in prefix.lower() or t.string[len(prefix):len(prefix) + 3] == q * 3: continue
            body = t.string[len(prefix) + 1:-1]
            k = _split_at(body, width - 1 - t.start[1] - len(prefix) - 1, 'f' in prefix.lower())
            if not k: continue
            a, b = body[:k], body[k:]
            pa = prefix if '{' in a or 'f' not in prefix.lower() else prefix.replace('f', '').replace('F', '')
            pb = prefix if '{' in b or 'f' not in prefix.lower() else prefix.replace('f', '').replace('F', '')
            new = (line[:t.start[1]] + pa + q + a + q + '\n' + ' ' * t.start[1] + pb + q + b + q
                   + line[t.end[1]:])
            lines[t.start[0] - 1] = new
            src, done = ''.join(lines), False
            break
        if done: return src
    return src

if __name__ == '__main__':
    for p in sys.argv[1:]:
        nb = json.loads(Path(p).read_text()); n = 0
        for c in nb['cells']:
            src = ''.join(c['source'])
            if c['cell_type'] != 'code' or not src.lstrip().startswith('#| export'): continue
            new = tidy_cell(src)
            compile(new, p, 'exec')
            if new != src: c['source'], n = new.splitlines(keepends=True), n + 1
        Path(p).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
        print(p, n, 'cells changed')
