// What an app adds once: the kit's tags in Vue's GlobalComponents.
import type {} from 'credit-widgets/vue';
