import os
import sys, os, json, numpy as np, time
os.environ['OMP_NUM_THREADS']='1'
from common import *
from feats import dense_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.decomposition import TruncatedSVD
from sklearn.model_selection import KFold
import scipy.sparse as sp
import lightgbm as lgb
rows=[r for r in load() if r['group']!='mt-bench']
RBW='mistralai/mixtral-8x7b-chat'
rb=[json.loads(l) for l in open(os.environ.get('ROUTERBENCH_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/data/routerbench/train.jsonl')))]
rb=[dict(prompt=r['question'], s=r['scores'][S], w=r['scores'][RBW], task=r['source_task']) for r in rb if r['scores'].get(S) is not None and r['scores'].get(RBW) is not None]
VARIANTS=sys.argv[1].split(',')
def vec(): return TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True)
def logit(X,y,C=1.0,sw=None): return LogisticRegression(C=C,max_iter=3000).fit(X,y,sample_weight=sw)
LGBP=dict(n_estimators=300, learning_rate=0.03, num_leaves=15, min_child_samples=20, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0, n_jobs=1, verbose=-1)
res={v:[] for v in VARIANTS}
for seed in SEEDS:
    t0=time.time()
    tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
    v=vec(); Xtr=v.fit_transform([r['prompt'] for r in tr]); Xte=v.transform([r['prompt'] for r in te])
    s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
    sc={}
    need_base = any(x in VARIANTS for x in ['logit','stack','stackd','blend'])
    if need_base:
        ps=logit(Xtr,s).predict_proba(Xte)[:,1]; pw=logit(Xtr,w).predict_proba(Xte)[:,1]
        sc['logit']=ps-pw
    if 'wins' in VARIANTS:
        sc['wins']=logit(Xtr,(s>w).astype(int)).predict_proba(Xte)[:,1]
    for name,tasks in [('aug_arc',{'arc-challenge'}),('aug_all',{'arc-challenge','winogrande','mbpp'})]:
        if name in VARIANTS:
            ex=[r for r in rb if r['task'] in tasks]
            va=vec(); XA=va.fit_transform([r['prompt'] for r in tr]+[r['prompt'] for r in ex]); XT=va.transform([r['prompt'] for r in te])
            sa=np.concatenate([s,[r['s'] for r in ex]]); wa=np.concatenate([w,[r['w'] for r in ex]])
            sc[name]=logit(XA,sa).predict_proba(XT)[:,1]-logit(XA,wa).predict_proba(XT)[:,1]
    if any(x.startswith(('lgb','stack','blend')) for x in VARIANTS):
        Dtr=dense_matrix([r['prompt'] for r in tr]); Dte=dense_matrix([r['prompt'] for r in te])
        svd=TruncatedSVD(64, random_state=0).fit(Xtr); Ztr=svd.transform(Xtr); Zte=svd.transform(Xte)
        Ftr=np.hstack([Dtr,Ztr]); Fte=np.hstack([Dte,Zte])
        if 'lgb' in VARIANTS:
            a=lgb.LGBMClassifier(**LGBP).fit(Ftr,s).predict_proba(Fte)[:,1]; b=lgb.LGBMClassifier(**LGBP).fit(Ftr,w).predict_proba(Fte)[:,1]
            sc['lgb']=a-b
        if any(x in VARIANTS for x in ['stack','stackd','blend']):
            oof=np.zeros((len(tr),2))
            for a_,b_ in KFold(5,shuffle=True,random_state=seed).split(Xtr):
                oof[b_,0]=logit(Xtr[a_],s[a_]).predict_proba(Xtr[b_])[:,1]; oof[b_,1]=logit(Xtr[a_],w[a_]).predict_proba(Xtr[b_])[:,1]
            Otr=np.hstack([oof, oof[:,:1]-oof[:,1:]]); Ote=np.stack([ps,pw,ps-pw],1)
            if 'stack' in VARIANTS:
                G1=np.hstack([Ftr,Otr]); G2=np.hstack([Fte,Ote])
                sc['stack']=lgb.LGBMClassifier(**LGBP).fit(G1,s).predict_proba(G2)[:,1]-lgb.LGBMClassifier(**LGBP).fit(G1,w).predict_proba(G2)[:,1]
            if 'stackd' in VARIANTS:  # dense only + logit
                G1=np.hstack([Dtr,Otr]); G2=np.hstack([Dte,Ote])
                sc['stackd']=lgb.LGBMClassifier(**LGBP).fit(G1,s).predict_proba(G2)[:,1]-lgb.LGBMClassifier(**LGBP).fit(G1,w).predict_proba(G2)[:,1]
            if 'blend' in VARIANTS:  # rank average of logit and lgb
                from scipy.stats import rankdata
                a=lgb.LGBMClassifier(**LGBP).fit(Ftr,s).predict_proba(Fte)[:,1]; b=lgb.LGBMClassifier(**LGBP).fit(Ftr,w).predict_proba(Fte)[:,1]
                sc['blend']=rankdata(ps-pw)+rankdata(a-b)
    for k in VARIANTS: res[k].append(evaluate(None,sc[k],te))
    print(seed, '%.0fs'%(time.time()-t0), ' '.join('%s %.3f/%.3f'%(k,res[k][-1]['mmlu'],res[k][-1]['gsm8k']) for k in VARIANTS), flush=True)
for k in VARIANTS:
    print('%-8s mean mmlu %.3f gsm8k %.3f'%(k, np.mean([x['mmlu'] for x in res[k]]), np.mean([x['gsm8k'] for x in res[k]])))
json.dump(res, open('res_'+sys.argv[1].replace(',','_')+'.json','w'))
