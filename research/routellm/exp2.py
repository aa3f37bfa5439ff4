import sys, os, json, numpy as np, time
os.environ['OMP_NUM_THREADS']='1'
from common import *
from feats import dense_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.decomposition import TruncatedSVD
from sklearn.model_selection import KFold
from scipy.stats import rankdata
import scipy.sparse as sp
import lightgbm as lgb
rows=[r for r in load() if r['group']!='mt-bench']
def vec(): return TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True)
def logit(X,y,C=1.0): return LogisticRegression(C=C,max_iter=3000).fit(X,y)
def gainlog(Xtr,s,w,Xte,C=1.0): return logit(Xtr,s,C).predict_proba(Xte)[:,1]-logit(Xtr,w,C).predict_proba(Xte)[:,1]
LGBP=dict(n_estimators=300, learning_rate=0.03, num_leaves=15, min_child_samples=20, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0, n_jobs=1, verbose=-1)
CS=[0.3,1,3,10]
def knn(Xtr,s,w,Xte,k=40):
    sim=(Xte@Xtr.T).toarray(); nn=np.argsort(-sim,axis=1,kind='stable')[:,:k]
    ww=np.maximum(np.take_along_axis(sim,nn,1),1e-6)
    return (ww*(s[nn]-w[nn])).sum(1)/ww.sum(1)
def ev(sc, te): return evaluate(None, sc, te)
res={}
def put(k,v):
    res.setdefault(k,[]).append(v)
for seed in SEEDS:
    t0=time.time()
    tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
    v=vec(); Xtr=v.fit_transform([r['prompt'] for r in tr]); Xte=v.transform([r['prompt'] for r in te])
    s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
    # subject oracle (analysis only)
    from collections import defaultdict
    d=defaultdict(list)
    for r in tr: d[r['source_task']].append(r['s']-r['w'])
    put('subj_oracle', ev([np.mean(d.get(r['source_task'],[0])) for r in te], te))
    base={}
    for C in CS:
        base[C]=gainlog(Xtr,s,w,Xte,C); put('logit_C%g'%C, ev(base[C],te))
    # nested CV for C (per task), on train part only
    cvs={C:{'mmlu':[], 'gsm8k':[]} for C in CS}
    for a,b in KFold(5,shuffle=True,random_state=seed).split(Xtr):
        vv=vec(); A=vv.fit_transform([tr[i]['prompt'] for i in a]); B=vv.transform([tr[i]['prompt'] for i in b])
        trb=[tr[i] for i in b]
        for C in CS:
            e=ev(gainlog(A,s[a],w[a],B,C), trb)
            for g in e: cvs[C][g].append(e[g])
    pick={g:max(CS,key=lambda C:np.mean(cvs[C][g])) for g in ['mmlu','gsm8k']}
    e={g: ev(base[pick[g]],te)[g] for g in ['mmlu','gsm8k']}; put('logit_cv', e)
    print(seed,'picked',pick, {C:(round(np.mean(cvs[C]['mmlu']),3),round(np.mean(cvs[C]['gsm8k']),3)) for C in CS})
    # char n-grams
    vc=TfidfVectorizer(analyzer='char_wb', ngram_range=(2,5), sublinear_tf=True, min_df=2, max_features=200000)
    Ctr=sp.hstack([Xtr, vc.fit_transform([r['prompt'] for r in tr])]).tocsr(); Cte=sp.hstack([Xte, vc.transform([r['prompt'] for r in te])]).tocsr()
    put('logit_char', ev(gainlog(Ctr,s,w,Cte,1.0),te))
    kn=knn(Xtr,s,w,Xte); put('knn', ev(kn,te))
    put('logit+knn', ev(rankdata(base[1])+rankdata(kn),te))
    # disagreement decomposition
    dis=(s!=w).astype(int); pd_=logit(Xtr,dis).predict_proba(Xte)[:,1]
    m=dis==1; pwin=logit(Xtr[m],s[m]).predict_proba(Xte)[:,1]
    put('decomp', ev(pd_*(2*pwin-1),te))
    Dtr=dense_matrix([r['prompt'] for r in tr]); Dte=dense_matrix([r['prompt'] for r in te])
    svd=TruncatedSVD(64, random_state=0).fit(Xtr); Ftr=np.hstack([Dtr,svd.transform(Xtr)]); Fte=np.hstack([Dte,svd.transform(Xte)])
    lg=lgb.LGBMClassifier(**LGBP).fit(Ftr,s).predict_proba(Fte)[:,1]-lgb.LGBMClassifier(**LGBP).fit(Ftr,w).predict_proba(Fte)[:,1]
    put('ens3', ev(rankdata(base[1])+rankdata(kn)+rankdata(lg),te))
    # logit on tfidf + standardized dense
    mu=Dtr.mean(0); sd=Dtr.std(0)+1e-9
    Ptr=sp.hstack([Xtr, sp.csr_matrix(np.clip((Dtr-mu)/sd,-5,5)*0.3)]).tocsr(); Pte=sp.hstack([Xte, sp.csr_matrix(np.clip((Dte-mu)/sd,-5,5)*0.3)]).tocsr()
    put('logit_dense', ev(gainlog(Ptr,s,w,Pte,1.0),te))
    print(seed, '%.0fs'%(time.time()-t0), ' '.join('%s %.3f/%.3f'%(k,res[k][-1]['mmlu'],res[k][-1]['gsm8k']) for k in res), flush=True)
for k in res:
    print('%-12s mean mmlu %.3f gsm8k %.3f   mmlu %s  gsm %s'%(k, np.mean([x['mmlu'] for x in res[k]]), np.mean([x['gsm8k'] for x in res[k]]), ' '.join('%.3f'%x['mmlu'] for x in res[k]), ' '.join('%.3f'%x['gsm8k'] for x in res[k])))
json.dump(res, open('res_exp2.json','w'))
