import os
import sys, os, json, numpy as np, time, re
os.environ['OMP_NUM_THREADS']='1'
from common import *
from feats import dense_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import KFold
import scipy.sparse as sp
rows=[r for r in load() if r['group']!='mt-bench']
RBW='mistralai/mixtral-8x7b-chat'
rb=[json.loads(l) for l in open(os.environ.get('ROUTERBENCH_DATA', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/data/routerbench/train.jsonl')))]
rb=[dict(prompt=r['question'], s=r['scores'][S], w=r['scores'][RBW], task=r['source_task']) for r in rb if r['scores'].get(S) is not None and r['scores'].get(RBW) is not None]
OPT=re.compile(r'^\s*\(?[A-J][.):]\s+\S', re.M)
def hasopt(t): return OPT.search(t) is not None
def vec(): return TfidfVectorizer(tokenizer=tok, lowercase=False, token_pattern=None, ngram_range=(1,2), sublinear_tf=True)
def logit(X,y,C=1.0,sw=None): return LogisticRegression(C=C,max_iter=3000).fit(X,y,sample_weight=sw)
def gainlog(Xtr,s,w,Xte,C=1.0,sw=None): return logit(Xtr,s,C,sw).predict_proba(Xte)[:,1]-logit(Xtr,w,C,sw).predict_proba(Xte)[:,1]
def ev(sc, te): return evaluate(None, sc, te)
res={}
def put(k,v): res.setdefault(k,[]).append(v)
def gated(trp, s, w, tep, C_opt, C_no):
    out=np.zeros(len(tep))
    for flag,C in [(True,C_opt),(False,C_no)]:
        a=np.array([hasopt(t)==flag for t in trp]); b=np.array([hasopt(t)==flag for t in tep])
        if b.sum()==0: continue
        v=vec(); A=v.fit_transform([t for t,m in zip(trp,a) if m]); B=v.transform([t for t,m in zip(tep,b) if m])
        out[b]=gainlog(A,s[a],w[a],B,C)
    return out
CS=[0.1,0.3,1,3]
for seed in SEEDS:
    t0=time.time()
    tr=[r for r in rows if not is_test(r['id'],seed)]; te=[r for r in rows if is_test(r['id'],seed)]
    trp=[r['prompt'] for r in tr]; tep=[r['prompt'] for r in te]
    v=vec(); Xtr=v.fit_transform(trp); Xte=v.transform(tep)
    s=np.array([r['s'] for r in tr]); w=np.array([r['w'] for r in tr])
    put('logit', ev(gainlog(Xtr,s,w,Xte),te))
    put('ridge_gain', ev(Ridge(alpha=1.0).fit(Xtr,s-w).predict(Xte),te))
    y3=(s-w).astype(int); m3=LogisticRegression(C=1.0,max_iter=3000).fit(Xtr,y3); P=m3.predict_proba(Xte); cl=list(m3.classes_)
    put('multi3', ev(P[:,cl.index(1)]-P[:,cl.index(-1)],te))
    # gated with nested CV for C per gate
    cvs={C:{'mmlu':[], 'gsm8k':[]} for C in CS}
    for a,b in KFold(5,shuffle=True,random_state=seed).split(trp):
        trb=[tr[i] for i in b]
        for C in CS:
            e=ev(gated([trp[i] for i in a], s[a], w[a], [trp[i] for i in b], C, C), trb)
            for g in e: cvs[C][g].append(e[g])
    pm=max(CS,key=lambda C:np.mean(cvs[C]['mmlu'])); pg=max(CS,key=lambda C:np.mean(cvs[C]['gsm8k']))
    put('gated_cv', ev(gated(trp,s,w,tep,pm,pg),te)); put('gated_C1', ev(gated(trp,s,w,tep,1,1),te))
    print(seed,'gated pick',pm,pg)
    # augmentation with dataset indicator + weight
    for name,tasks,wt in [('augarc_ind_w1',{'arc-challenge'},1.0),('augall_ind_w.5',{'arc-challenge','winogrande','mbpp'},0.5)]:
        ex=[r for r in rb if r['task'] in tasks]
        va=vec(); XA=va.fit_transform(trp+[r['prompt'] for r in ex]); XT=va.transform(tep)
        ind=np.r_[np.zeros(len(tr)),np.ones(len(ex))][:,None]
        XA=sp.hstack([XA,sp.csr_matrix(ind)]).tocsr(); XT=sp.hstack([XT,sp.csr_matrix(np.zeros((len(te),1)))]).tocsr()
        sa=np.r_[s,[r['s'] for r in ex]]; wa=np.r_[w,[r['w'] for r in ex]]; sw=np.r_[np.ones(len(tr)),np.full(len(ex),wt)]
        put(name, ev(gainlog(XA,sa,wa,XT,1.0,sw),te))
    print(seed, '%.0fs'%(time.time()-t0), ' '.join('%s %.3f/%.3f'%(k,res[k][-1]['mmlu'],res[k][-1]['gsm8k']) for k in res), flush=True)
for k in res:
    print('%-14s mean mmlu %.3f gsm8k %.3f   mmlu %s  gsm %s'%(k, np.mean([x['mmlu'] for x in res[k]]), np.mean([x['gsm8k'] for x in res[k]]), ' '.join('%.3f'%x['mmlu'] for x in res[k]), ' '.join('%.3f'%x['gsm8k'] for x in res[k])))
json.dump(res, open('res_exp3.json','w'))
