# Idea 3b: is the cost estimate a lever? prior routing with (i) product cost model, (ii) per-signature linear cost model, (iii) oracle realised cost (bound)
from common import *
from baseline import format_prior
from bound import grp
rows=load()
res={'product cost model':[],'per-format cost model':[],'realised cost (oracle bound)':[]}
for s in SEEDS:
    tr,te=split(rows,s); P=format_prior(tr,te)
    res['product cost model'].append(metrics(P,est_cost(fit_cost(tr),te),te))
    E=np.zeros((len(te),11)); gte=np.array([grp(r) for r in te]); gtr=np.array([grp(r) for r in tr])
    for g in set(gte):
        sub=[r for r,x in zip(tr,gtr==g) if x]
        if len(sub)<20: sub=[r for r in tr if r['fam']==te[np.where(gte==g)[0][0]]['fam']]
        if len(sub)<20: sub=tr
        E[gte==g]=est_cost(fit_cost(sub),[r for r,x in zip(te,gte==g) if x])
    res['per-format cost model'].append(metrics(P,E,te))
    res['realised cost (oracle bound)'].append(metrics(P,np.array([r['c'] for r in te]),te))
for k,v in res.items(): report(k,v)
