import sys, numpy as np, os
os.environ['OMP_NUM_THREADS']='1'
from common import *
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
rows=load()
def vec():
    return TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True, min_df=1)
res={'knn':[], 'logit':[]}
for seed in SEEDS:
    tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
    v=vec(); Xtr=v.fit_transform([r['prompt'] for r in tr]); Xte=v.transform([r['prompt'] for r in te])
    s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
    sim=(Xte@Xtr.T).toarray()
    k=40; nn=np.argsort(-sim,axis=1,kind='stable')[:,:k]
    sc=[]
    for i in range(len(te)):
        ww=np.maximum(sim[i,nn[i]],1e-6); sc.append((ww*s[nn[i]]).sum()/ww.sum()-(ww*w[nn[i]]).sum()/ww.sum())
    res['knn'].append(evaluate(rows,sc,te))
    # logistic (only 0/1 tasks; mt-bench scores 1-10 -> skip)
    m=np.array([r['group']!='mt-bench' for r in tr])
    ps=LogisticRegression(C=float(sys.argv[1]) if len(sys.argv)>1 else 1.0,max_iter=2000).fit(Xtr[m],s[m]).predict_proba(Xte)[:,1]
    pw=LogisticRegression(C=float(sys.argv[1]) if len(sys.argv)>1 else 1.0,max_iter=2000).fit(Xtr[m],w[m]).predict_proba(Xte)[:,1]
    res['logit'].append(evaluate(rows,ps-pw,te))
    print(seed, {k:{g:round(x,3) for g,x in v[-1].items()} for k,v in res.items()}, flush=True)
for k,v in res.items():
    print(k, 'mean mmlu %.3f gsm8k %.3f'%(np.mean([x['mmlu'] for x in v]), np.mean([x['gsm8k'] for x in v])))
