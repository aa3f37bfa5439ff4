from common import *
import collections
rows=load()
def format_prior(tr,te,minp=20):
    sums={}
    for r in tr:
        for k in ['s:'+r['sig'],'f:'+r['fam'],'all']:
            e=sums.setdefault(k,[np.zeros(11),0]); e[0]+=r['y']; e[1]+=1
    P=[]
    for r in te:
        k=next((k for k in ['s:'+r['sig'],'f:'+r['fam']] if sums.get(k,[0,0])[1]>=minp),'all')
        P.append(sums[k][0]/sums[k][1])
    return np.array(P)
def task_prior(tr,te):
    sums=collections.defaultdict(lambda:[np.zeros(11),0])
    for r in tr: e=sums[r['source_task']]; e[0]+=r['y']; e[1]+=1
    return np.array([sums[r['source_task']][0]/sums[r['source_task']][1] for r in te])
if __name__=='__main__':
    R1=[];R2=[]
    for s in SEEDS:
        tr,te=split(rows,s); cm=fit_cost(tr); E=est_cost(cm,te)
        if s==7: print(len(tr),len(te),collections.Counter(r['sig'] for r in rows))
        R1.append(metrics(format_prior(tr,te),E,te)); R2.append(metrics(task_prior(tr,te),E,te))
    report('format-prior',R1); report('task-prior',R2)
