import os
import json, re, math, numpy as np
S='gpt-4-1106-preview'; W='mistralai/Mixtral-8x7B-Instruct-v0.1'
SEEDS=[7,1,2,3,4,5]
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from split_by_id import M32, fnv1a32, mix32, is_test  # noqa: E402,F401
def group(t):
    if t.startswith('mt-bench'): return 'mt-bench'
    return re.split(r'[-.]',t)[0]
def load():
    rows=[json.loads(l) for l in open(os.environ.get('ROUTELLM_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/data/routellm/train.jsonl')))]
    for r in rows:
        r['group']=group(r['source_task']); r['s']=r['scores'][S]; r['w']=r['scores'][W]
    return rows
def apgr(score, s, w, bins=10):
    score=np.asarray(score,float); s=np.asarray(s,float); w=np.asarray(w,float)
    n=len(score)
    order=sorted(range(n), key=lambda i:(-score[i], i))
    cum=np.concatenate([[0],np.cumsum((s-w)[order])])
    qs, qw = s.mean(), w.mean(); gap=qs-qw
    pts=[]
    for b in range(bins+1):
        k=js_round(b/bins*n)
        pts.append((k/n, (w.sum()+cum[k])/n))
    area=0
    for (x0,q0),(x1,q1) in zip(pts,pts[1:]):
        area+=((q0-qw)/gap+(q1-qw)/gap)/2*(x1-x0)
    return area/(pts[-1][0]-pts[0][0])
def js_round(x):  # Math.round: half up
    return math.floor(x+0.5)
WORD=re.compile(r'[^\W]+|[^\s\w]', re.U)
def tok(text): return WORD.findall(text[:8000].lower())
def evaluate(rows, scores, seed_rows):
    out={}
    for g in ['mmlu','gsm8k']:
        idx=[i for i,r in enumerate(seed_rows) if r['group']==g and not r.get('contaminated')]
        out[g]=apgr([scores[i] for i in idx],[seed_rows[i]['s'] for i in idx],[seed_rows[i]['w'] for i in idx])
    return out
