from bound import *
def noisy2(d,groups,rhos,rng):
    out=np.zeros(len(d))
    for g in set(groups):
        idx=np.where(groups==g)[0]; r=2*np.sin(np.pi*rhos[g]/6)
        rk=rankdata(d[idx]+1e-9*rng.standard_normal(len(idx))); zz=norm.ppf(rk/(len(idx)+1))
        out[idx]=r*zz+np.sqrt(1-r*r)*rng.standard_normal(len(idx))
    return out
SC={'uniform 0.3':{'arc-challenge':.3,'mbpp':.3,'winogrande':.3},
    'ARC/MBPP 0.6, Wino 0':{'arc-challenge':.6,'mbpp':.6,'winogrande':0.},
    'ARC/MBPP 0.8, Wino 0':{'arc-challenge':.8,'mbpp':.8,'winogrande':0.},
    'uniform 0.9':{'arc-challenge':.9,'mbpp':.9,'winogrande':.9}}
res=collections.defaultdict(list)
for s in SEEDS:
    tr,te=split(rows,s); E=est_cost(fit_cost(tr),te)
    ktr=np.array([r['y'] for r in tr]).sum(1); kte=np.array([r['y'] for r in te]).sum(1)
    gtr=np.array([r['source_task'] for r in tr]); gte=np.array([r['source_task'] for r in te])
    for name,rh in SC.items():
        acc=[]
        for rep in range(5):
            rng=np.random.default_rng(1000*s+rep+7)
            acc.append(metrics(logistic_router(tr,te,noisy2(ktr/11.,gtr,rh,rng),noisy2(kte/11.,gte,rh,rng)),E,te))
        res[name].append({k:np.nanmean([a[k] for a in acc]) for k in acc[0]})
for k,v in res.items(): report('noisy difficulty '+k,v)
