# Idea 3c: topic-cluster prior: k-means on TF-IDF SVD of the question within each format group; per (group, cluster) model means shrunk to the group mean (alpha=20); k chosen by inner 5-fold CV (cost->95%) in train.
import os; os.environ['OMP_NUM_THREADS']='1'
from common import *
from baseline import format_prior
from bound import grp
from gbm import folds
from feats import stem_and_opts
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.cluster import KMeans
from sklearn.preprocessing import normalize
import json
rows=load()
def cluster_prior(tr,te,k,alpha=20):
    if k==1: return format_prior(tr,te)
    base=format_prior(tr,tr); baseT=format_prior(tr,te)
    gtr=np.array([grp(r) for r in tr]); gte=np.array([grp(r) for r in te]); P=baseT.copy(); Ytr=np.array([r['y'] for r in tr])
    for g in set(gte):
        mtr=gtr==g; mte=gte==g
        if mtr.sum()<5*k: continue
        sub=[r for r,x in zip(tr,mtr) if x]; tsub=[r for r,x in zip(te,mte) if x]
        tf=TfidfVectorizer(ngram_range=(1,1),min_df=2,sublinear_tf=True,stop_words='english').fit([stem_and_opts(r['question'])[0] for r in sub])
        svd=TruncatedSVD(min(30,len(tf.vocabulary_)-1),random_state=0,algorithm='arpack')
        A=normalize(svd.fit_transform(tf.transform([stem_and_opts(r['question'])[0] for r in sub])))
        B=normalize(svd.transform(tf.transform([stem_and_opts(r['question'])[0] for r in tsub])))
        km=KMeans(k,n_init=4,random_state=0).fit(A); ca=km.labels_; cb=km.predict(B)
        Yg=Ytr[mtr]; gm=Yg.mean(0)
        for c in range(k):
            n=(ca==c).sum(); mean=(Yg[ca==c].sum(0)+alpha*gm)/(n+alpha)
            idx=np.where(mte)[0][cb==c]; P[idx]=mean
    return P
res={1:[],'cv':[]}; picks=[]
for s in SEEDS:
    tr,te=split(rows,s); E=est_cost(fit_cost(tr),te)
    f=folds(len(tr),seed=1); sc={}
    for k in [1,4,8,16]:
        v=[]
        for j in range(5):
            a=[r for r,x in zip(tr,f!=j) if x]; b=[r for r,x in zip(tr,f==j) if x]
            v.append(metrics(cluster_prior(a,b,k),est_cost(fit_cost(a),b),b)['b'])
        sc[k]=np.nanmean(v)
    kb=min(sc,key=sc.get); picks.append((kb,{k:round(v,3) for k,v in sc.items()}))
    res[1].append(metrics(format_prior(tr,te),E,te))
    for k in [4,8,16]: res.setdefault(k,[]).append(metrics(cluster_prior(tr,te,k),E,te))
    res['cv'].append(res[kb][-1] if kb!=1 else res[1][-1])
for k,v in res.items(): report(f'cluster prior k={k}',v)
print(picks)
