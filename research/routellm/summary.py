import json, numpy as np, glob
allr={}
for f in ['res_logit_wins_aug_arc_aug_all.json','res_logit_lgb_stack_stackd_blend.json','res_exp2.json','res_exp3.json','res_exp4.json','res_exp5.json']:
    try: d=json.load(open(f))
    except Exception as e: print('skip',f); continue
    for k,v in d.items():
        if len(v)==6: allr.setdefault(k,v)
base=allr['logit']
print('%-16s %-44s %-44s %s'%('variant','MMLU s7,1,2,3,4,5 | mean','GSM8K s7,1,2,3,4,5 | mean','paired diff vs logit: mean(sd) MMLU, GSM8K'))
for k,v in allr.items():
    m=[x['mmlu'] for x in v]; g=[x['gsm8k'] for x in v]
    dm=np.array(m)-[x['mmlu'] for x in base]; dg=np.array(g)-[x['gsm8k'] for x in base]
    print('%-16s %s | %.3f   %s | %.3f   %+.3f(%.3f) %+.3f(%.3f)'%(k,' '.join('%.3f'%x for x in m),np.mean(m),' '.join('%.3f'%x for x in g),np.mean(g),dm.mean(),dm.std(ddof=1),dg.mean(),dg.std(ddof=1)))
