import sys, os, json, numpy as np, time, re
os.environ['OMP_NUM_THREADS']='1'
from common import *
from feats import dense_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
import scipy.sparse as sp
rows=[r for r in load() if r['group']!='mt-bench']
OPT=re.compile(r'^\s*\(?[A-J][.):]\s+', re.M)
def stem_opts(t):
    m=OPT.search(t)
    if not m: return t, ''
    return t[:m.start()], t[m.start():]
def tok_ns(t):
    st,op=stem_opts(t)
    return tok(st)+['o:'+x for x in tok(op)]
def vec(tk=tok, ng=(1,2), sub=True): return TfidfVectorizer(tokenizer=tk, lowercase=False, token_pattern=None, ngram_range=ng, sublinear_tf=sub)
def logit(X,y,C=1.0): return LogisticRegression(C=C,max_iter=3000).fit(X,y)
def pp(Xtr,s,w,Xte,C=1.0): return logit(Xtr,s,C).predict_proba(Xte)[:,1], logit(Xtr,w,C).predict_proba(Xte)[:,1]
def ev(sc, te): return evaluate(None, sc, te)
res={}
def put(k,v): res.setdefault(k,[]).append(v)
def rarity(X, idf):
    # mean/max idf of present terms
    Xb=(X>0).astype(float); n=np.asarray(Xb.sum(1)).ravel()+1e-9
    mean=np.asarray(Xb@idf).ravel()/n
    mx=np.array([idf[X.indices[X.indptr[i]:X.indptr[i+1]]].max() if X.indptr[i+1]>X.indptr[i] else 0 for i in range(X.shape[0])])
    return np.c_[mean,mx]
for seed in SEEDS:
    t0=time.time()
    tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
    trp=[r['prompt'] for r in tr]; tep=[r['prompt'] for r in te]
    v=vec(); Xtr=v.fit_transform(trp); Xte=v.transform(tep)
    s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
    P={C:pp(Xtr,s,w,Xte,C) for C in [0.3,1,3]}
    put('logit', ev(P[1][0]-P[1][1],te))
    put('bagC', ev(sum(P[C][0]-P[C][1] for C in P),te))
    # format-gated C: options -> C=1 model, none -> C=0.3 model (both trained on all rows)
    ho=np.array([OPT.search(t) is not None for t in tep])
    put('gateC', ev(np.where(ho, P[1][0]-P[1][1], P[0.3][0]-P[0.3][1]),te))
    # stem/options namespaces
    v2=vec(tok_ns); A=v2.fit_transform(trp); B=v2.transform(tep); a,b=pp(A,s,w,B); put('ns_opts', ev(a-b,te))
    v3=vec(ng=(1,3)); A=v3.fit_transform(trp); B=v3.transform(tep); a,b=pp(A,s,w,B); put('tri', ev(a-b,te))
    v4=vec(ng=(1,1)); A=v4.fit_transform(trp); B=v4.transform(tep); a,b=pp(A,s,w,B); put('uni', ev(a-b,te))
    # dense + rarity appended
    Dtr=np.c_[dense_matrix(trp), rarity(Xtr, v.idf_)]; Dte=np.c_[dense_matrix(tep), rarity(Xte, v.idf_)]
    mu=Dtr.mean(0); sd=Dtr.std(0)+1e-9
    Ptr=sp.hstack([Xtr, sp.csr_matrix(np.clip((Dtr-mu)/sd,-5,5)*0.3)]).tocsr(); Pte=sp.hstack([Xte, sp.csr_matrix(np.clip((Dte-mu)/sd,-5,5)*0.3)]).tocsr()
    a,b=pp(Ptr,s,w,Pte); put('dense_rar', ev(a-b,te))
    # linear stacking: OOF logit probs + dense -> logistic per model
    oof=np.zeros((len(tr),2))
    for i_,j_ in KFold(5,shuffle=True,random_state=seed).split(Xtr):
        oof[j_,0],oof[j_,1]=pp(Xtr[i_],s[i_],w[i_],Xtr[j_])
    lg=lambda p: np.log(np.clip(p,1e-4,1-1e-4)/(1-np.clip(p,1e-4,1-1e-4)))
    Str=np.c_[lg(oof), np.clip((Dtr-mu)/sd,-5,5)]; Ste=np.c_[lg(np.c_[P[1][0],P[1][1]]), np.clip((Dte-mu)/sd,-5,5)]
    put('linstack', ev(logit(Str,s,0.1).predict_proba(Ste)[:,1]-logit(Str,w,0.1).predict_proba(Ste)[:,1],te))
    print(seed, '%.0fs'%(time.time()-t0), ' '.join('%s %.3f/%.3f'%(k,res[k][-1]['mmlu'],res[k][-1]['gsm8k']) for k in res), flush=True)
for k in res:
    print('%-10s mean mmlu %.3f gsm8k %.3f   mmlu %s  gsm %s'%(k, np.mean([x['mmlu'] for x in res[k]]), np.mean([x['gsm8k'] for x in res[k]]), ' '.join('%.3f'%x['mmlu'] for x in res[k]), ' '.join('%.3f'%x['gsm8k'] for x in res[k])))
json.dump(res, open('res_exp4.json','w'))
