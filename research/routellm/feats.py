import re, math, numpy as np
NUMBER=re.compile(r'\d+(?:[.,]\d+)*')
OPTION_LINE=re.compile(r'^\s*\(?[A-J][.):]\s+\S', re.M)
OPTION_TEXT=re.compile(r'^\s*\(?[A-J][.):]\s+(.*)$', re.M)
SENT=re.compile(r'[.?!](?:\s|$)')
MULT=re.compile(r'\b(?:twice|half|thrice|double|triple|quarter|third|dozen)\b', re.I)
NEG=re.compile(r'\b(?:not|except|least|false|incorrect)\b', re.I)
NEGCAP=re.compile(r'\b(?:NOT|EXCEPT|LEAST)\b')
MATHOP=re.compile(r'[=+*/^<>\\]')
CODE=re.compile(r'```|\bdef\b|\breturn\b|\bfunction\b|[{};]')
NONEALL=re.compile(r'\b(?:all|none|both|neither) of (?:the|these) (?:above|options|choices)\b', re.I)
def cnt(p,t): return len(p.findall(t))
def nums(ms):
    out=[]
    for m in ms:
        try: out.append(float(m.replace(',','')))
        except: pass
    return out
NAMES=[]
def dense(q):
    lower=q.lower(); ns=NUMBER.findall(q); vals=nums(ns); words=q.split()
    letters=sum(c.isascii() and c.isalpha() for c in q); upper=sum('A'<=c<='Z' for c in q)
    largest=max([abs(v) for v in vals], default=0)
    opts=[m.strip() for m in OPTION_TEXT.findall(q)]
    # split stem from options
    first=OPTION_LINE.search(q); stem=q[:first.start()] if first else q
    olens=[len(o) for o in opts] or [0]
    numeric=[sum(ch in '0123456789.,-/^()+*= ' for ch in o)>=0.6*len(o) for o in opts]
    f=[math.log1p(len(q)), math.log1p(len(words)), len(ns), len(set(ns)), cnt(SENT,q), q.count('?'),
       q.count('%')+lower.count('percent'), len(re.findall(r'\d/\d',q)), q.count('$'),
       sum(len(t.replace(',','').split('.')[0])>=4 for t in ns), len(re.findall(r'\d\.\d',q)), cnt(MULT,q),
       math.log1p(largest), len(opts), 1 if NEG.search(q) else 0, 1 if 'statement 1' in lower else 0,
       1 if '_' in q else 0, math.log1p(q.count('\n')), cnt(MATHOP,q), cnt(CODE,q),
       np.mean([len(w) for w in words]) if words else 0, upper/letters if letters else 0,
       1 if NONEALL.search(q) else 0, np.mean(numeric) if opts else 0, math.log1p(np.mean(olens)),
       # extras
       math.log1p(len(stem)), math.log1p(max(olens)), math.log1p(min(olens)), (np.std(olens)/(np.mean(olens)+1)),
       1 if NEGCAP.search(q) else 0, q.count('\\')+q.count('$$'), len(re.findall(r'[∫∑√π≤≥≠∞]',q)),
       1 if len(stem)>600 else 0, lower.count(' i.') + lower.count('\ni.') + lower.count(' ii.'),
       len(re.findall(r'\b(?:which of the following)\b',lower)), len(re.findall(r'\b(?:true|false)\b',lower)),
       len(re.findall(r'\b(?:each|every|per)\b',lower)), len(re.findall(r'\b(?:times|more than|less than|fewer)\b',lower)),
       len(re.findall(r'\b(?:then|after|remaining|left|rest)\b',lower)), len(re.findall(r'\b(?:hours?|minutes?|days?|weeks?|years?)\b',lower)),
       sum(1 for v in vals if v!=int(v)), math.log1p(sum(abs(v) for v in vals)),
       len(re.findall(r'\b\d+\s*(?:%|percent)',lower)),
      ]
    return f
def dense_matrix(texts): return np.array([dense(t) for t in texts], dtype=float)
