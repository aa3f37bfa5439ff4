import os, numpy as np
os.environ['OMP_NUM_THREADS']='1'
from common import *
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
rows=[r for r in load() if r['group']!='mt-bench']
seed=7
tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
v=TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True); X=v.fit_transform([r['prompt'] for r in tr]); T=v.transform([r['prompt'] for r in te])
s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
sc=LogisticRegression(max_iter=3000).fit(X,s).predict_proba(T)[:,1]-LogisticRegression(max_iter=3000).fit(X,w).predict_proba(T)[:,1]
rng=np.random.default_rng(0)
for g in ['mmlu','gsm8k']:
    idx=np.array([i for i,r in enumerate(te) if r['group']==g and not r.get('contaminated')])
    S_=np.array([te[i]['s'] for i in idx]); W_=np.array([te[i]['w'] for i in idx]); C_=sc[idx]
    b=[]
    for _ in range(300):
        j=rng.integers(0,len(idx),len(idx)); b.append(apgr(C_[j],S_[j],W_[j]))
    print(g, len(idx), 'apgr %.3f boot sd %.3f'%(apgr(C_,S_,W_), np.std(b)))
