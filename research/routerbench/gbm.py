# Idea 1: LightGBM on dense features -> difficulty (share correct) and per-model outcomes; per-group calibration.
import os; os.environ['OMP_NUM_THREADS']='1'
from common import *
from feats import Featuriser
from bound import logistic_router, grp, logit_fit
from scipy.stats import spearmanr
from scipy.optimize import minimize
import lightgbm as lgb, collections, sys, json
rows=load()
NIT=[50,100,200,400]
CONFIGS=[dict(num_leaves=4,min_child_samples=20),dict(num_leaves=4,min_child_samples=50),dict(num_leaves=8,min_child_samples=30),dict(num_leaves=16,min_child_samples=50)]
def params(cfg,obj):
    return dict(objective=obj,learning_rate=0.03,subsample=0.8,subsample_freq=1,colsample_bytree=0.7,reg_lambda=5.0,
                num_threads=1,verbose=-1,seed=0,deterministic=True,force_col_wise=True,**cfg)
def folds(n,k=5,seed=0):
    rng=np.random.default_rng(seed); f=rng.permutation(n)%k; return f
def oof(tr,target,cfg,obj,featcache):
    f=folds(len(tr)); out={it:np.zeros(len(tr)) for it in NIT}
    for k in range(5):
        Xa,Xb=featcache[k]; a=f!=k
        b=lgb.train(params(cfg,obj),lgb.Dataset(Xa,target[a]),num_boost_round=max(NIT))
        for it in NIT: out[it][~a]=b.predict(Xb,num_iteration=it)
    return out
def within_spear(pred,true,groups):
    vals=[spearmanr(pred[groups==g],true[groups==g])[0] for g in sorted(set(groups))]
    return vals
def fit_full(tr,te,target,cfg,obj,it):
    F=Featuriser().fit(tr); b=lgb.train(params(cfg,obj),lgb.Dataset(F.transform(tr),target),num_boost_round=it)
    return b.predict(F.transform(te))
def calib3(tr_d,tr_l,te_d,te_l,tr,te):
    # per group x model: sigma(a + b*d + c*l), b,c>=0, small l2 on b,c
    P=np.zeros((len(te),11)); gtr=np.array([grp(r) for r in tr]); gte=np.array([grp(r) for r in te]); Ytr=np.array([r['y'] for r in tr])
    mu,sd=tr_d.mean(),tr_d.std()+1e-9
    for g in set(gte):
        mtr=gtr==g
        if mtr.sum()<20: mtr=np.array([r['fam']==te[np.where(gte==g)[0][0]]['fam'] for r in tr])
        for m in range(11):
            lm,ls=tr_l[:,m].mean(),tr_l[:,m].std()+1e-9
            X=np.stack([np.ones(mtr.sum()),(tr_d[mtr]-mu)/sd,(tr_l[mtr,m]-lm)/ls],1); y=Ytr[mtr,m]
            def fn(w):
                p=1/(1+np.exp(-X@w)); return -(y*np.log(p+1e-12)+(1-y)*np.log(1-p+1e-12)).sum()+1e-2*(w[1:]**2).sum(), X.T@(p-y)+np.r_[0,2e-2*w[1:]]
            w=minimize(fn,np.zeros(3),jac=True,method='L-BFGS-B',bounds=[(None,None),(0,None),(0,None)]).x
            Xt=np.stack([np.ones((gte==g).sum()),(te_d[gte==g]-mu)/sd,(te_l[gte==g,m]-lm)/ls],1)
            P[gte==g,m]=1/(1+np.exp(-Xt@w))
    return P
if __name__=='__main__':
    seeds=[int(x) for x in sys.argv[1:]] or SEEDS
    for s in seeds:
        tr,te=split(rows,s); E=est_cost(fit_cost(tr),te)
        Ytr=np.array([r['y'] for r in tr]); Yte=np.array([r['y'] for r in te]); dtr=Ytr.mean(1); dte=Yte.mean(1)
        ttr=np.array([r['source_task'] for r in tr]); tte=np.array([r['source_task'] for r in te])
        f=folds(len(tr)); cache={}
        for k in range(5):
            a=f!=k; Fk=Featuriser().fit([r for r,x in zip(tr,a) if x])
            cache[k]=(Fk.transform([r for r,x in zip(tr,a) if x]),Fk.transform([r for r,x in zip(tr,a) if not x]))
        # choose config/iterations by OOF MSE of difficulty (within train only)
        best=None
        for ci,cfg in enumerate(CONFIGS):
            o=oof(tr,dtr,cfg,'regression',cache)
            for it in NIT:
                mse=((o[it]-dtr)**2).mean()
                if best is None or mse<best[0]: best=(mse,ci,it,o[it])
        mse,ci,it,dtr_oof=best
        dte_hat=fit_full(tr,te,dtr,CONFIGS[ci],'regression',it)
        np.save(f"gbm_{s}.npy",dict(oof=dtr_oof,te=dte_hat))
        sp_oof=within_spear(dtr_oof,dtr,ttr); sp_te=within_spear(dte_hat,dte,tte)
        # per-model outcome logits (same config family; iterations chosen per model by OOF logloss)
        Ltr=np.zeros((len(tr),11)); Lte=np.zeros((len(te),11)); auc_te=[]
        from sklearn.metrics import roc_auc_score
        for m in range(11):
            o=oof(tr,Ytr[:,m],CONFIGS[ci],'binary',cache)
            ll=lambda p:-(Ytr[:,m]*np.log(p+1e-9)+(1-Ytr[:,m])*np.log(1-p+1e-9)).mean()
            itm=min(NIT,key=lambda i:ll(o[i]))
            Ltr[:,m]=np.log(o[itm]/(1-o[itm])); p=fit_full(tr,te,Ytr[:,m],CONFIGS[ci],'binary',itm); Lte[:,m]=np.log(p/(1-p))
            auc_te.append([roc_auc_score(Yte[tte==g,m],Lte[tte==g,m]) if 0<Yte[tte==g,m].mean()<1 else np.nan for g in sorted(set(tte))])
        out=dict(seed=s,cfg=ci,it=it,sp_oof=sp_oof,sp_te=sp_te,auc_te=np.nanmean(auc_te,0).tolist(),
                 diff=metrics(logistic_router(tr,te,dtr_oof,dte_hat),E,te),
                 full=metrics(calib3(dtr_oof,Ltr,dte_hat,Lte,tr,te),E,te),
                 raw=metrics(1/(1+np.exp(-Lte)),E,te))
        print(json.dumps(out,default=float),flush=True)
