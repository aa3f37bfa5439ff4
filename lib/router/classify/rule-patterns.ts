import type { Complexity, TaskType } from "../types";

// The sketch's patterns plus the ones it lacked (question answering, chat, more inflections), each
// a regex fragment matched as whole words on the lower-cased prompt: `\b` is added on both sides, so
// "define" no longer fires inside "undefined" nor "brief" inside "briefcase". The sketch's `.*`
// patterns ("write.*story", "find.*in") are bounded to the same sentence and 60 characters, because
// an unbounded `.*` links words from unrelated sentences.

export interface RulePattern {
  /** Signal name recorded when the pattern matches. */
  name: string;
  source: string;
}

const sameSentence = (first: string, second: string) => `${first}\\b[^.?!\\n]{0,60}?\\b${second}`;

/** Complexity levels from highest to lowest: the highest level with a matching signal wins. */
export const COMPLEXITY_PATTERNS: ReadonlyArray<readonly [Complexity, readonly RulePattern[]]> = [
  [
    "expert",
    [
      { name: "prove", source: "prov(?:e|es|ing)" },
      { name: "derive", source: "deriv(?:e|es|ing|ation)" },
      { name: "optimize", source: "optimi[sz](?:e|es|ing|ation)" },
      { name: "architect", source: "architect(?:s|ing|ure)?" },
      { name: "debug_complex", source: sameSentence("debug(?:s|ging)?", "complex") },
      { name: "theorem", source: "(?:theorem|lemma|corollary)s?" },
      { name: "formal", source: "formal(?:ly)? (?:proof|verification|semantics|specification)" },
      { name: "asymptotic", source: "asymptotic(?:ally)?|big-o|np-(?:hard|complete)" },
      { name: "concurrency", source: "race conditions?|deadlocks?|lock-free|linearizab(?:le|ility)" },
    ],
  ],
  [
    "complex",
    [
      { name: "analyze", source: "analy[sz](?:e|es|ed|ing|is)" },
      { name: "evaluate", source: "evaluat(?:e|es|ing|ion)" },
      { name: "why_does", source: "why (?:does|do|did|is|are|would)" },
      { name: "what_if", source: "what if" },
      { name: "design", source: "design(?:s|ing)?" },
      { name: "implement", source: "implement(?:s|ing|ation)?" },
      { name: "trade_offs", source: "trade-?offs?" },
      { name: "step_by_step", source: "step[- ]by[- ]step|multi-step" },
      { name: "strategy", source: "strateg(?:y|ies)|roadmap" },
      { name: "refactor", source: "refactor(?:s|ing)?" },
    ],
  ],
  [
    "moderate",
    [
      { name: "explain", source: "explain(?:s|ing)?|explanation" },
      { name: "describe", source: "describ(?:e|es|ing)|description" },
      { name: "compare", source: "compar(?:e|es|ing|ison)|contrast" },
      { name: "summarize", source: "summari[sz](?:e|es|ing)" },
      { name: "how_to", source: "how (?:to|do i|can i|should i)" },
      { name: "difference", source: "differences? between" },
      { name: "pros_cons", source: "pros and cons|advantages and disadvantages" },
      { name: "outline", source: "outline|rewrite|paraphrase" },
    ],
  ],
  [
    "simple",
    [
      { name: "what_is", source: "what (?:is|are|was|were)(?: the)?" },
      { name: "who_is", source: "who (?:is|was|wrote|invented)" },
      { name: "when_did", source: "when (?:did|was|is|were)" },
      { name: "where_is", source: "where (?:is|are|was)" },
      { name: "define", source: "define|definition of|meaning of" },
      { name: "translate", source: "translat(?:e|es|ion)" },
      { name: "how_many", source: "how (?:many|much|old|far|long)" },
      { name: "spell_convert", source: "spell|convert" },
    ],
  ],
];

const LANGUAGES =
  "english|french|spanish|german|italian|portuguese|japanese|chinese|mandarin|korean|russian|arabic|hindi|dutch|swedish|polish|turkish|greek|hebrew|vietnamese|ukrainian";

/** Task types in declared priority order: the first type with a matching signal wins. */
export const TASK_PATTERNS: ReadonlyArray<readonly [TaskType, readonly RulePattern[]]> = [
  [
    "code",
    [
      { name: "code", source: "code|coding|codebase" },
      { name: "function", source: "functions?|methods?|class(?:es)? in" },
      { name: "implement", source: "implement(?:s|ing|ation)?" },
      { name: "debug", source: "debug(?:s|ging)?|stack ?trace|segfault|exception|compil(?:e|er|ing)" },
      { name: "program", source: "program(?:s|ming|mer)?|script|regex|regular expression|unit tests?" },
      { name: "dev_tools", source: "git|npm|docker|terminal|command line|syntax error|arrays?|div|endpoints?|sql quer(?:y|ies)" },
      {
        name: "language",
        source: "python|javascript|typescript|java|rust|golang|kotlin|swift|c#|sql|bash|html|css|react|node\\.js|dockerfile",
      },
    ],
  ],
  [
    "translation",
    [
      { name: "translate", source: "translat(?:e|es|ing|ion)" },
      { name: "in_language", source: "in \\w+ language" },
      { name: "into_language", source: `(?:into|to|in) (?:${LANGUAGES})` },
    ],
  ],
  [
    "summarization",
    [
      { name: "summarize", source: "summari[sz](?:e|es|ing)" },
      { name: "summary", source: "summary|summaries|tl;?dr|recap" },
      { name: "brief", source: "brief(?:ly)?|condense|key points|main points|gist" },
      { name: "in_n_sentences", source: "in (?:one|two|three|a few|\\d+) (?:sentences?|bullet points?|words)" },
    ],
  ],
  [
    "extraction",
    [
      { name: "extract", source: "extract(?:s|ing|ion)?|pull out|parse" },
      { name: "find_in", source: sameSentence("find", "in") },
      { name: "list_from", source: sameSentence("list", "from") },
      { name: "identify_all", source: "identify (?:all|every|each)|named entities|as json|into json|into a table" },
    ],
  ],
  [
    "creative",
    [
      { name: "write_story", source: sameSentence("write", "(?:story|stories|tale)") },
      { name: "poem", source: "poems?|poetry|haiku|limerick|sonnet|lyrics|song" },
      { name: "creative", source: "creative(?:ly)?|fiction(?:al)?|slogan|tagline" },
      { name: "imagine", source: "imagin(?:e|ing)" },
      { name: "verse", source: "rhym(?:e|es|ing)|verses?|villanelle|sestina|ballad" },
      {
        name: "writing_form",
        source:
          "novel|screenplay|short story|bedtime story|fairy tale|wedding toast|speech|caption|worldbuilding|dialogue between",
      },
      { name: "invent", source: "come up with|make up|brainstorm" },
    ],
  ],
  [
    "reasoning",
    [
      { name: "why", source: "why" },
      { name: "because", source: "because" },
      { name: "reason", source: "reason(?:s|ing)?" },
      { name: "logic", source: "logic(?:al|ally)?|puzzle|riddle|deduce|infer" },
      { name: "probability", source: "probability|odds|expected value" },
      { name: "solve", source: "solv(?:e|es|ing)|prov(?:e|es|ing)|proof|deriv(?:e|ation)|sequence" },
      { name: "compare_quantities", source: "which is (?:heavier|lighter|larger|bigger|smaller|faster|cheaper|better)" },
      { name: "if_then", source: sameSentence("if", "(?:how many|how much|how long|what|which|who|when)") },
    ],
  ],
  [
    "qa",
    [
      { name: "what_is", source: "what (?:is|are|was|were)" },
      { name: "who_when_where", source: "(?:who|when|where) (?:is|was|did|were|are)" },
      { name: "how_many", source: "how (?:many|much|old|far|long|tall|big|does|do|did)" },
      { name: "which", source: "which" },
      { name: "who_what_did", source: "(?:who|what) (?:painted|invented|discovered|wrote|causes|caused|happened|year)" },
      { name: "define", source: "define|definition of|meaning of" },
    ],
  ],
  [
    "chat",
    [
      { name: "greeting", source: "hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you" },
      { name: "small_talk", source: "how are you|what's up|let's chat|tell me about yourself|i feel|i'm feeling" },
    ],
  ],
];
