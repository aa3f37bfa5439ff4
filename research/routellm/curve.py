import os, numpy as np
os.environ['OMP_NUM_THREADS']='1'
from common import *
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
rows=[r for r in load() if r['group']!='mt-bench']
def vec(): return TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True)
for frac in [0.25,0.5,0.75,1.0]:
    out=[]
    for seed in SEEDS:
        tr=[r for r in rows if not is_test(r['id'],seed) and mix32(fnv1a32(f"sub{seed}:{r['id']}"))/2**32<frac]; te=[r for r in rows if is_test(r['id'],seed)]
        v=vec(); X=v.fit_transform([r['prompt'] for r in tr]); T=v.transform([r['prompt'] for r in te])
        s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
        sc=LogisticRegression(max_iter=3000).fit(X,s).predict_proba(T)[:,1]-LogisticRegression(max_iter=3000).fit(X,w).predict_proba(T)[:,1]
        out.append(evaluate(None,sc,te))
    print(frac, 'n~%d'%len(tr), 'mmlu %.3f gsm8k %.3f'%(np.mean([o['mmlu'] for o in out]),np.mean([o['gsm8k'] for o in out])), flush=True)
