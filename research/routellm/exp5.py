import sys, os, json, numpy as np, time, re
os.environ['OMP_NUM_THREADS']='1'
from common import *
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
import scipy.sparse as sp
rows=[r for r in load() if r['group']!='mt-bench']
def vec(): return TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True)
def ev(sc, te): return evaluate(None, sc, te)
res={}
def put(k,v): res.setdefault(k,[]).append(v)
def mt(Xtr,s,w,Xte,C,dev):
    n=Xtr.shape[0]; Z=sp.csr_matrix((n,Xtr.shape[1]))
    ind=lambda k,m: sp.csr_matrix(np.tile([[1.0*(k==0),1.0*(k==1)]],(m,1))*10)
    blocks=[sp.hstack([Xtr, Xtr*dev, Z, ind(0,n)]), sp.hstack([Xtr, Z, Xtr*dev, ind(1,n)])]
    A=sp.vstack(blocks).tocsr(); y=np.r_[s,w]
    m=LogisticRegression(C=C,max_iter=5000,fit_intercept=False).fit(A,y)
    k=Xte.shape[0]; Zt=sp.csr_matrix((k,Xte.shape[1]))
    ps=m.predict_proba(sp.hstack([Xte,Xte*dev,Zt,ind(0,k)]).tocsr())[:,1]; pw=m.predict_proba(sp.hstack([Xte,Zt,Xte*dev,ind(1,k)]).tocsr())[:,1]
    return ps-pw
for seed in SEEDS:
    t0=time.time()
    tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
    v=vec(); Xtr=v.fit_transform([r['prompt'] for r in tr]); Xte=v.transform([r['prompt'] for r in te])
    s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
    for C in [1.0]:
        for dev in [0.0, 0.5, 1.0, 2.0]:
            put('mt_C%g_dev%g'%(C,dev), ev(mt(Xtr,s,w,Xte,C,dev),te))
    print(seed, '%.0fs'%(time.time()-t0), ' '.join('%s %.3f/%.3f'%(k,res[k][-1]['mmlu'],res[k][-1]['gsm8k']) for k in res), flush=True)
for k in res:
    print('%-14s mean mmlu %.3f gsm8k %.3f   mmlu %s  gsm %s'%(k, np.mean([x['mmlu'] for x in res[k]]), np.mean([x['gsm8k'] for x in res[k]]), ' '.join('%.3f'%x['mmlu'] for x in res[k]), ' '.join('%.3f'%x['gsm8k'] for x in res[k])))
json.dump(res, open('res_exp5.json','w'))
