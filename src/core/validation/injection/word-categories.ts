/**
 * Kinds of words that, together, make a sentence an order to the AI rather than part of a job
 * posting: a reference to the AI, to its reply, to its instructions, an override verb, an output
 * verb, "only", role-play words. The classifier sees which kinds a sentence has and which pairs
 * of them, so that it learns the idea ("your reply" + "only" + an output verb) rather than the
 * wording of the examples it was trained on. Mostly English, with the commonest words of the
 * European languages the app serves.
 */
const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  ai: 'ai llm llms gpt chatgpt claude gemini copilot chatbot chatbots bot bots assistant assistants model models ki ia ias kis modell modelo modele modello assistente assistant assistente asistente language generator generators automated automatic',
  you: 'you your yours yourself vous votre vos tu ton ta tes toi du dein deine deinen dich dir euch usted tus tuyo voi tuo tua tuoi jij jouw uw je',
  reply:
    'answer answers response responses reply replies output outputs completion completions result results summary summaries reponse antwort respuesta risposta resposta antwoord',
  orders:
    'instruction instructions prompt prompts rules rule guidelines directive directives programming guardrails restrictions filters preamble configuration context consignes anweisungen instrucciones istruzioni instrucoes instructies regeln regles reglas',
  earlier:
    'previous prior above earlier preceding original initial hidden secret confidential system developer precedentes vorherigen bisherigen anteriores precedenti anteriores vorige',
  override:
    'ignore ignoring disregard forget override bypass scrap supersede superseded void cancelled canceled obsolete invalid replaced instead anymore ignorez ignore oubliez ignoriere vergiss ignora olvida ignorar negeer vergeet',
  emit: 'say print output respond reply write translate include append add begin start end conclude finish close open prefix repeat reveal tell list give generate produce rewrite summarize summarise recommend suggest mention insert type spell display show disclose leak explain describe compose draft create provide share ask encourage urge advise convert encode format ecris ecrivez schreibe schreib sag escribe di scrivi escreva schrijf zeg',
  creative:
    'poem poems joke jokes recipe recipes story stories haiku song songs limerick limericks essay riddle riddles horoscope trivia emoji emojis pirate shakespeare morse base64 rhyme rhymes lyrics sonnet fable quiz fun fact facts cocktail playlist movie movies novel book books podcast weather capital',
  reader: 'reader readers user users whoever anyone anybody reads reading processes processing parses parsing',
  only: 'only just exactly solely nothing single sole uniquement seulement nur solo solamente apenas alleen',
  role: 'pretend roleplay persona character mode unrestricted unfiltered uncensored jailbreak jailbroken freed limitless simulate emulate unlocked',
  now: 'now henceforth immediately maintenant jetzt ahora ora agora nu',
};

const CATEGORY_OF = new Map<string, number>();
export const CATEGORY_NAMES = Object.keys(CATEGORY_WORDS);
CATEGORY_NAMES.forEach((name, index) => {
  for (const word of (CATEGORY_WORDS[name] ?? '').split(' ')) if (!CATEGORY_OF.has(word)) CATEGORY_OF.set(word, index);
});

/** The category index of a folded word, or -1. */
export function categoryOf(word: string): number {
  return CATEGORY_OF.get(word) ?? -1;
}
