import json, re, numpy as np
import os
DATA=os.environ.get('ROUTERBENCH_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/data/routerbench/train.jsonl'))
MODELS=["gpt-4-1106-preview","gpt-3.5-turbo-1106","claude-v2","claude-v1","claude-instant-v1","meta/llama-2-70b-chat","mistralai/mixtral-8x7b-chat","mistralai/mistral-7b-chat","zero-one-ai/Yi-34B-Chat","meta/code-llama-instruct-34b-chat","WizardLM/WizardLM-13B-V1.2"]
GPT4=0
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from split_by_id import M32, fnv1a32, mix32, is_test  # noqa: E402,F401
OPTION_LINE=re.compile(r'^\s*\(?[A-J][.):]\s+\S',re.M)
CODE_SIGNAL=re.compile(r'```|\bdef\s+\w+\s*\(|\bfunction\b|\bpython\b|\bjavascript\b|\bimplement\b|\bcode\b',re.I)
NUMBER=re.compile(r'\d+(?:[.,]\d+)*')
def family(q):
    if len(OPTION_LINE.findall(q))>=2: return 'multiple_choice'
    if CODE_SIGNAL.search(q): return 'code'
    if len(NUMBER.findall(q))>=2: return 'numeric_problem'
    return 'open'
def signature(q,shots):
    return f"{family(q)}|options:{len(OPTION_LINE.findall(q))}|examples:{shots>0}|blank:{'_' in q}"
def load():
    rows=[json.loads(l) for l in open(DATA)]
    rows=[r for r in rows if all(r['scores'].get(m) is not None for m in MODELS)]
    for r in rows:
        r['y']=np.array([r['scores'][m] for m in MODELS],float)
        r['c']=np.array([r['costs'][m] for m in MODELS],float)
        r['sig']=signature(r['question'],r['n_shots'])
        r['fam']=family(r['question'])
    return rows
def split(rows,seed):
    te=[r for r in rows if is_test(r['id'],seed)]; tr=[r for r in rows if not is_test(r['id'],seed)]
    return tr,te
def fit_cost(tr):
    L=np.array([len(r['prompt']) for r in tr],float); C=np.array([r['c'] for r in tr])
    out=[]
    for m in range(C.shape[1]):
        y=C[:,m]; mx,my=L.mean(),y.mean(); var=((L-mx)**2).sum(); cov=((L-mx)*(y-my)).sum()
        s=cov/var if var>0 else 0; a=my-s*mx
        if s<=0: out.append((max(0,my),0.))
        elif a<0: out.append((0.,max(0,(L*y).sum()/(L*L).sum())))
        else: out.append((a,s))
    return out
def est_cost(costmodel,rows):
    L=np.array([len(r['prompt']) for r in rows],float)
    return np.stack([a+s*L for a,s in costmodel],1)
def grid(expensive,ppd=20):
    return [0.]+[10**(k/ppd)/expensive for k in range(-2*ppd,4*ppd+1)]
def sweep(P,E,Y,C):
    expensive=E.mean(0).max(); pts=[]
    n=len(P); idx=np.arange(n)
    for lam in grid(expensive):
        U=P-lam*E
        # tie -> cheaper, then earlier: approximate by small tie-break
        ch=np.argmax(U - 1e-12*0 ,1)
        pts.append((C[idx,ch].mean(),Y[idx,ch].mean()))
    return pts
def hull(points):
    pts=sorted(points,key=lambda p:(p[0],-p[1])); up=[]
    def cross(a,b,c): return (b[0]-a[0])*(c[1]-a[1])-(b[1]-a[1])*(c[0]-a[0])
    for p in pts:
        if up and up[-1][0]==p[0]: continue
        while len(up)>=2 and cross(up[-2],up[-1],p)>=0: up.pop()
        up.append(p)
    h=[]
    for p in up:
        if h and p[1]<=h[-1][1]: break
        h.append(p)
    return h
def q_at(h,c):
    if not h or c<h[0][0]: return np.nan
    for i in range(1,len(h)):
        if c<=h[i][0]:
            l,r=h[i-1],h[i]; return l[1]+(r[1]-l[1])*(c-l[0])/(r[0]-l[0])
    return h[-1][1]
def c_for(h,q):
    if not h: return np.nan
    if q<=h[0][1]: return h[0][0]
    for i in range(1,len(h)):
        if q<=h[i][1]:
            l,r=h[i-1],h[i]; return l[0]+(r[0]-l[0])*(q-l[1])/(r[1]-l[1])
    return np.nan
def metrics(P,E,te):
    Y=np.array([r['y'] for r in te]); C=np.array([r['c'] for r in te])
    g4q=Y[:,GPT4].mean(); g4c=C[:,GPT4].mean()
    h=hull(sweep(P,E,Y,C))
    a=c_for(h,g4q)/g4c; b=c_for(h,0.95*g4q)/g4c; q15=q_at(h,0.15*g4c)/g4q
    return dict(a=a,b=b,q15=q15)
SEEDS=[7,1,2,3,4,5]
def report(name,res):
    # res: list of dicts per seed
    f=lambda v:'never' if np.isnan(v) else f"{100*v:.1f}"
    print(name)
    for k,lab in [('a','cost->100% gpt4 q'),('b','cost->95%'),('q15','q@15%')]:
        vals=[r[k] for r in res]
        m=np.nanmean(vals) if not all(np.isnan(vals)) else np.nan
        print(f"  {lab:18s}"+" ".join(f"{f(v):>6s}" for v in vals)+f"  | mean {f(m)} (reached {sum(~np.isnan(vals))}/6)")
