# Ensemble of GBM + ridge difficulty (mean of within-signature z-scores), + CV selection of prior vs ensemble inside train
from common import *
from baseline import format_prior
from bound import logistic_router, grp
from gbm import within_spear, folds
from scipy.stats import spearmanr
import json
rows=load()
def z(x,ref_groups,groups,ref):
    out=np.zeros(len(x))
    for g in set(groups):
        m=ref[ref_groups==g] if (ref_groups==g).sum()>=20 else ref
        out[groups==g]=(x[groups==g]-m.mean())/(m.std()+1e-9)
    return out
res={'prior':[],'ens':[],'cvsel':[]}; sp=[]; sel=[]
for s in SEEDS:
    tr,te=split(rows,s); E=est_cost(fit_cost(tr),te)
    G=np.load(f'gbm_{s}.npy',allow_pickle=True).item(); R=np.load(f'ridge_{s}.npy',allow_pickle=True).item()
    gtr=np.array([grp(r) for r in tr]); gte=np.array([grp(r) for r in te])
    otr=z(G['oof'],gtr,gtr,G['oof'])+z(R['oof'],gtr,gtr,R['oof']); ote=z(G['te'],gtr,gte,G['oof'])+z(R['te'],gtr,gte,R['oof'])
    Yte=np.array([r['y'] for r in te]); tte=np.array([r['source_task'] for r in te])
    sp.append(within_spear(ote,Yte.mean(1),tte))
    Pp=format_prior(tr,te); Pe=logistic_router(tr,te,otr,ote)
    res['prior'].append(metrics(Pp,E,te)); res['ens'].append(metrics(Pe,E,te))
    # CV inside train: 5 folds over train rows, OOF difficulty already out-of-fold; calibrate on 4 folds, score cost->95% on 5th
    f=folds(len(tr),seed=1); sc={'prior':[],'ens':[]}
    for k in range(5):
        a=[r for r,x in zip(tr,f!=k) if x]; b=[r for r,x in zip(tr,f==k) if x]
        Eb=est_cost(fit_cost(a),b)
        sc['prior'].append(metrics(format_prior(a,b),Eb,b)['b']); sc['ens'].append(metrics(logistic_router(a,b,otr[f!=k],otr[f==k]),Eb,b)['b'])
    pick=min(sc,key=lambda k:np.nanmean(sc[k])); sel.append((pick,{k:round(float(np.nanmean(v)),3) for k,v in sc.items()}))
    res['cvsel'].append(res[pick][-1])
report('format-prior',res['prior']); report('ensemble GBM+ridge difficulty -> per-format logistic',res['ens']); report('CV-selected (prior vs ensemble, by train-CV cost->95%)',res['cvsel'])
print('ens Spearman test within task [arc,mbpp,wino]',np.round(sp,2).tolist(),np.round(np.mean(sp,0),3)); print(sel)
for k in ['ens','cvsel']:
    for m in ['b','q15']:
        d=np.array([x[m] for x in res[k]])-np.array([x[m] for x in res['prior']])
        print(k,m,'paired diff vs prior: mean %.2f pts, sd %.2f, se %.2f'%(100*d.mean(),100*d.std(ddof=1),100*d.std(ddof=1)/np.sqrt(6)))
